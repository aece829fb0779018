import type { IncomingMessage } from 'node:http';
import type { ServerContext } from '../context';
import { ApiError } from '../http/errors';
import { bearer } from '../http/io';
import type { WorkshopHead } from '../store/metaStore';
import { isAdminToken } from './secrets';
import type { TokenClaims } from './tokens';

/** Who is calling: the operator (admin token) or a workshop token's holder. */
export type Caller = { kind: 'admin' } | { kind: 'token'; claims: TokenClaims; entry: WorkshopHead };

/**
 * Checks a token against a workshop: signature and expiry, the right workshop, and the workshop
 * still open. Shared by the HTTP API and the WebSocket upgrade so both refuse the same way.
 */
export async function checkToken(
  ctx: ServerContext,
  token: string | undefined,
  workshopId?: string,
  allowClosed = false,
): Promise<{ claims: TokenClaims; entry: WorkshopHead }> {
  if (!token) throw new ApiError(401, 'unauthorized');
  const claims = await ctx.tokens.verify(token);
  if (!claims) throw new ApiError(401, 'unauthorized');
  if (workshopId !== undefined && claims.wid !== workshopId) throw new ApiError(403, 'wrong_workshop');
  const entry = ctx.meta.get(claims.wid);
  if (!entry) throw new ApiError(401, 'unauthorized');
  if (entry.workshop.status === 'closed' && !allowClosed) throw new ApiError(403, 'workshop_closed');
  return { claims, entry };
}

/**
 * Authenticates an HTTP request as admin or as a holder of a token for the workshop. Reads
 * (`allowClosed`) still work once the workshop is closed, so its facilitator can export the record.
 */
export async function authenticate(
  ctx: ServerContext,
  req: IncomingMessage,
  workshopId?: string,
  allowClosed = false,
): Promise<Caller> {
  const token = bearer(req);
  if (isAdminToken(token, ctx.adminToken)) return { kind: 'admin' };
  return { kind: 'token', ...(await checkToken(ctx, token, workshopId, allowClosed)) };
}

/** Only the operator may do this (create workshops, mint facilitator tokens). */
export function requireAdmin(ctx: ServerContext, req: IncomingMessage): void {
  const token = bearer(req);
  if (isAdminToken(token, ctx.adminToken)) return;
  throw new ApiError(token ? 403 : 401, token ? 'forbidden' : 'unauthorized');
}
