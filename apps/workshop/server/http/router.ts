import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerContext } from '../context';
import { RoomUnavailableError } from '../sync/rooms';
import { ApiError } from './errors';
import { sendJson } from './io';
import { postCommand } from './routes/commands';
import { exportWorkshop } from './routes/export';
import { getPrivate, getTime } from './routes/facilitation';
import { join } from './routes/join';
import { getPlanRoute } from './routes/plan';
import {
  closeWorkshop,
  createWorkshop,
  getWorkshop,
  issueFacilitatorToken,
  listWorkshops,
} from './routes/workshops';

type Handler = (
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
) => Promise<void> | void;

const ID = '([A-Za-z0-9_-]{4,64})';
const ROUTES: Array<{ method: string; pattern: RegExp; handler: Handler }> = [
  { method: 'GET', pattern: /^\/api\/plan$/, handler: (_c, _q, res) => getPlanRoute(res) },
  { method: 'GET', pattern: /^\/api\/health$/, handler: (_c, _q, res) => sendJson(res, 200, { ok: true }) },
  { method: 'GET', pattern: /^\/api\/time$/, handler: getTime },
  { method: 'GET', pattern: new RegExp(`^/api/workshops/${ID}/private$`), handler: getPrivate },
  { method: 'POST', pattern: /^\/api\/workshops$/, handler: createWorkshop },
  { method: 'GET', pattern: /^\/api\/workshops$/, handler: listWorkshops },
  { method: 'GET', pattern: new RegExp(`^/api/workshops/${ID}$`), handler: getWorkshop },
  { method: 'POST', pattern: new RegExp(`^/api/workshops/${ID}/commands$`), handler: postCommand },
  { method: 'POST', pattern: new RegExp(`^/api/workshops/${ID}/close$`), handler: closeWorkshop },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/workshops/${ID}/facilitator-token$`),
    handler: issueFacilitatorToken,
  },
  { method: 'GET', pattern: new RegExp(`^/api/workshops/${ID}/export$`), handler: exportWorkshop },
  { method: 'POST', pattern: /^\/api\/join$/, handler: join },
];

function toApiError(error: unknown, ctx: ServerContext): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof RoomUnavailableError) return new ApiError(503, 'room_unavailable');
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    ctx.log('disk error', error);
    return new ApiError(503, 'store_unavailable');
  }
  ctx.log('request failed', error);
  return new ApiError(500, 'internal');
}

/**
 * Dispatches `/api/*` requests. Every failure, expected or not, leaves as the same JSON error
 * shape with both languages; unknown API paths are a JSON 404, never the SPA's index.html.
 */
export async function handleApi(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  try {
    const matches = ROUTES.filter((r) => r.pattern.test(path));
    if (matches.length === 0) throw new ApiError(404, 'not_found');
    const route = matches.find((r) => r.method === req.method);
    if (!route) throw new ApiError(405, 'method_not_allowed');
    const id = route.pattern.exec(path)?.[1] ?? '';
    await route.handler(ctx, req, res, id);
  } catch (error) {
    const apiError = toApiError(error, ctx);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (apiError.status === 413) res.setHeader('Connection', 'close');
    sendJson(res, apiError.status, apiError.toBody());
  }
}
