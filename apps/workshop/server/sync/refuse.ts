import type { Duplex } from 'node:stream';
import { WebSocket } from 'ws';

/** How long a refused socket is kept (paused) before it is cut, for its close frame to leave. */
export const REFUSED_LINGER_MS = 1000;

/** Closes one connection whose frames broke the rules (see `refuser`). */
export type Refuse = (code: number, reason: string) => void;

/**
 * Closes a socket whose frames broke the rules and reads nothing more from it. A plain close
 * keeps reading until the peer answers, up to ws's 30 s close timeout: an attacker's frames
 * already on the way (hundreds of KiB each) would still be received, unmasked and copied on the
 * one event loop, and their buffers make the garbage collections every room waits for. Paused,
 * the socket's TCP window fills and the sender stops; the close frame goes out followed by the
 * end of the stream, so the client learns the code at once; the socket is cut after a linger.
 */
export function refuser(ws: WebSocket, socket: Duplex): Refuse {
  return (code, reason) => {
    if (ws.readyState !== WebSocket.OPEN) return;
    ws.close(code, reason);
    ws.pause();
    socket.end();
    setTimeout(() => ws.terminate(), REFUSED_LINGER_MS).unref();
  };
}
