import type { IncomingMessage, ServerResponse } from 'node:http';
import { JoinRequestSchema, newId, type ParticipantId, type WorkshopId } from '@chiiki/model';
import { isJoinCodeShape, normaliseJoinCode } from '../../auth/joinCode';
import type { ServerContext } from '../../context';
import { ApiError } from '../errors';
import { clientIp, readValid, sendJson } from '../io';

const NAMELESS = '参加者';

/**
 * Joins a workshop by its code and gives an anonymous participant token. Rate limited per IP,
 * generously (a hall's tablets share one NAT), with a much tighter limit on wrong codes so a
 * leaked-code guessing loop gets nowhere. Attendance answers are kept server-side, never in the doc.
 */
export async function join(ctx: ServerContext, req: IncomingMessage, res: ServerResponse) {
  const ip = clientIp(req, ctx.trustProxy);
  if (!ctx.limiters.join.take(ip) || !ctx.limiters.joinFailures.peek(ip))
    throw new ApiError(429, 'rate_limited');
  const body = await readValid(req, JoinRequestSchema, { subject: { ja: '参加', en: 'join request' } });
  const code = normaliseJoinCode(body.joinCode);
  const entry = isJoinCodeShape(code) ? ctx.meta.byJoinCode(code) : undefined;
  if (!entry) {
    ctx.limiters.joinFailures.take(ip);
    throw new ApiError(404, 'join_code_not_found');
  }
  if (entry.workshop.status === 'closed') throw new ApiError(403, 'workshop_closed');
  const participantId = newId<ParticipantId>();
  await ctx.meta.update(entry.workshop.id, (e) => {
    if (body.nickname) e.nicknames = { ...e.nicknames, [participantId]: body.nickname };
    e.attendance.push({
      typeName: 'attendance',
      workshopId: entry.workshop.id as WorkshopId,
      participantId,
      viaTablet: true,
      count: 1,
      ...(body.attendance ?? {}),
    });
  });
  const participantToken = await ctx.tokens.sign({
    wid: entry.workshop.id,
    role: 'participant',
    pid: participantId,
    name: body.nickname || NAMELESS,
  });
  sendJson(res, 200, {
    participantToken,
    participantId,
    workshopId: entry.workshop.id,
    workshop: entry.workshop,
  });
}
