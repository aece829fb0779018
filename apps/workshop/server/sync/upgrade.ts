import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { checkToken } from '../auth/guard';
import type { ServerContext } from '../context';
import { ApiError } from '../http/errors';
import { clientIp } from '../http/io';
import { openPrivate } from '../private/privateDocs';
import { sharedRoom } from '../private/settle';
import { colourOf } from './colour';
import type { ConnectionLimits } from './connection';
import { serveConnection, subjectKey } from './connection';
import { RoomUnavailableError } from './rooms';

function refuse(socket: Duplex, error: ApiError): void {
  const body = JSON.stringify(error.toBody());
  socket.end(
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status]}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  socket.destroy();
}

/**
 * Authenticates a WebSocket upgrade on `/sync/:workshopId?token=…` (`&doc=private`: the caller's
 * own private doc, read-only: drafts while writing, hidden votes) and only then upgrades it:
 * a missing or bad token is refused with 401/403 before any WebSocket frame exists, and a room
 * whose stored state cannot be loaded is refused with 503.
 */
export async function handleUpgrade(
  ctx: ServerContext,
  wss: WebSocketServer,
  limits: ConnectionLimits,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
): Promise<void> {
  socket.on('error', () => socket.destroy());
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/sync\/([A-Za-z0-9_-]{4,64})$/.exec(url.pathname);
    if (!match?.[1]) throw new ApiError(404, 'not_found');
    if (!ctx.limiters.upgrades.take(clientIp(req, ctx.trustProxy))) throw new ApiError(429, 'rate_limited');
    const workshopId = match[1];
    const { claims } = await checkToken(ctx, url.searchParams.get('token') ?? undefined, workshopId);
    // A subject that has spent its message or byte budget is refused before any frame is
    // received: reconnecting does not refill it, and a refused upgrade costs the loop nothing.
    const subject = subjectKey(workshopId, claims.pid);
    if (!ctx.limiters.syncMessages.peek(subject) || !ctx.limiters.receivedBytes.peek(subject))
      throw new ApiError(429, 'rate_limited');
    const doc = url.searchParams.get('doc');
    if (doc !== null && doc !== 'private') throw new ApiError(404, 'not_found');
    const isPrivate = doc === 'private';
    const room = isPrivate
      ? await openPrivate(ctx, workshopId, claims.pid)
      : await sharedRoom(ctx, workshopId);
    room.lastActive = Date.now();
    if (room.peers.size >= limits.maxPerRoom) throw new ApiError(503, 'room_full');
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (room.closed) return ws.close(1012, 'room reloading');
      serveConnection(
        room,
        ws,
        {
          workshopId,
          participantId: claims.pid,
          role: claims.role,
          name: claims.name,
          colour: colourOf(claims.pid, claims.role),
          ...(isPrivate ? { readOnly: true } : {}),
        },
        limits,
        { messages: ctx.limiters.syncMessages, receivedBytes: ctx.limiters.receivedBytes },
        socket,
      );
    });
  } catch (error) {
    if (error instanceof ApiError) return refuse(socket, error);
    if (error instanceof RoomUnavailableError) return refuse(socket, new ApiError(503, 'room_unavailable'));
    ctx.log('upgrade failed', error);
    refuse(socket, new ApiError(500, 'internal'));
  }
}
