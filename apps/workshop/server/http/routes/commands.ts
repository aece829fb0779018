import type { IncomingMessage, ServerResponse } from 'node:http';
import { BoardCommandSchema } from '@chiiki/model';
import { checkToken } from '../../auth/guard';
import { runCommand } from '../../commands/runCommand';
import type { ServerContext } from '../../context';
import { sharedRoom } from '../../private/settle';
import { ApiError } from '../errors';
import { bearer, readValid, sendJson } from '../io';

/**
 * Applies one command (notes, votes, facilitation) for a participant or facilitator token. The
 * token is checked before the body is read, so an unauthenticated caller costs almost nothing;
 * the answer comes only after the change (and its command id) is on disk.
 */
export async function postCommand(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const { claims } = await checkToken(ctx, bearer(req), id);
  if (!ctx.limiters.commands.take(`${id}:${claims.pid}`)) throw new ApiError(429, 'rate_limited');
  const command = await readValid(req, BoardCommandSchema, { subject: { ja: '操作', en: 'command' } });
  const room = await sharedRoom(ctx, id);
  const result = await runCommand(ctx, room, claims, command);
  sendJson(res, 200, { ok: true, commandId: command.commandId, ...result });
}
