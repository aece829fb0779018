import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_PLAN, exportFromDoc } from '@chiiki/model';
import { authenticate } from '../../auth/guard';
import type { ServerContext } from '../../context';
import { ApiError } from '../errors';
import { API_HEADERS } from '../io';

/**
 * The workshop's versioned export file (the model's format), for the insights app and the
 * archive. Only its facilitator or the operator may download it: it holds attendance answers.
 * Nicknames are never included here.
 */
export async function exportWorkshop(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
) {
  const caller = await authenticate(ctx, req, id);
  if (caller.kind === 'token' && caller.claims.role !== 'facilitator') throw new ApiError(403, 'forbidden');
  const entry = ctx.meta.get(id);
  if (!entry) throw new ApiError(404, 'workshop_not_found');
  const room = await ctx.rooms.get(id);
  await room.durable();
  const data = exportFromDoc(room.doc, {
    workshop: entry.workshop,
    attendance: entry.attendance,
    plan: DEFAULT_PLAN,
  });
  const body = Buffer.from(JSON.stringify(data, null, 1));
  res.writeHead(200, {
    ...API_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Content-Disposition': `attachment; filename="workshop-${entry.workshop.date}-${entry.workshop.districtCode}-${id}.json"`,
  });
  res.end(body);
}
