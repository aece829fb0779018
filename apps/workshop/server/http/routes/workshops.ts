import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Attendance, CreateWorkshopRequestSchema, listNotes } from '@chiiki/model';
import { authenticate, requireAdmin } from '../../auth/guard';
import type { ServerContext } from '../../context';
import { closeBoard } from '../../workshops/close';
import { facilitatorToken, joinUrl, openWorkshop } from '../../workshops/create';
import { ApiError } from '../errors';
import { readValid, sendJson } from '../io';

/** Creates a workshop (operator only) and answers with the facilitator's token and the join code. */
export async function createWorkshop(ctx: ServerContext, req: IncomingMessage, res: ServerResponse) {
  requireAdmin(ctx, req);
  const body = await readValid(req, CreateWorkshopRequestSchema, {
    subject: { ja: 'ワークショップ', en: 'workshop' },
  });
  const entry = await openWorkshop(ctx, body);
  sendJson(res, 201, {
    workshop: entry.workshop,
    facilitatorToken: await facilitatorToken(ctx, entry),
    joinCode: entry.joinCode,
    joinUrl: joinUrl(ctx, entry.joinCode, req),
  });
}

/** Lists every workshop (operator only): the start screen's "recent workshops". */
export async function listWorkshops(ctx: ServerContext, req: IncomingMessage, res: ServerResponse) {
  requireAdmin(ctx, req);
  const workshops = ctx.meta.list().map((e) => ({
    workshop: e.workshop,
    joinCode: e.joinCode,
    joinUrl: joinUrl(ctx, e.joinCode, req),
    createdAt: e.createdAt,
    participants: ctx.meta.participants(e.workshop.id),
  }));
  sendJson(res, 200, { workshops });
}

/** Head counts for the facilitator: tablets, people counted without one, and the total. */
function attendanceTotals(rows: readonly Attendance[]) {
  const tablets = rows.filter((a) => a.viaTablet).reduce((n, a) => n + a.count, 0);
  const headCount = rows.filter((a) => !a.viaTablet).reduce((n, a) => n + a.count, 0);
  return { tablets, headCount, total: tablets + headCount };
}

/** One workshop (also once closed); the join code only for its facilitator or the operator. */
export async function getWorkshop(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const caller = await authenticate(ctx, req, id, true);
  const entry = await ctx.meta.entry(id);
  if (!entry) throw new ApiError(404, 'workshop_not_found');
  const room = await ctx.rooms.get(id).catch(() => undefined);
  const staff = caller.kind === 'admin' || caller.claims.role === 'facilitator';
  sendJson(res, 200, {
    workshop: entry.workshop,
    participants: entry.attendance.length,
    notes: room ? listNotes(room.doc, id).length : undefined,
    online: room?.peers.size ?? 0,
    attendance: attendanceTotals(entry.attendance),
    ...(staff ? { joinCode: entry.joinCode, joinUrl: joinUrl(ctx, entry.joinCode, req) } : {}),
  });
}

/** Closes a workshop: its tokens stop working, its connections close, its board is frozen. */
export async function closeWorkshop(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
) {
  const caller = await authenticate(ctx, req, id);
  if (caller.kind === 'token' && caller.claims.role !== 'facilitator') throw new ApiError(403, 'forbidden');
  const entry = ctx.meta.get(id);
  if (!entry) throw new ApiError(404, 'workshop_not_found');
  await closeBoard(ctx, id);
  sendJson(res, 200, { workshop: entry.workshop });
}

/** A fresh facilitator token for an open workshop (operator only): for a second tablet or a lost one. */
export async function issueFacilitatorToken(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
) {
  requireAdmin(ctx, req);
  const entry = ctx.meta.get(id);
  if (!entry) throw new ApiError(404, 'workshop_not_found');
  if (entry.workshop.status === 'closed') throw new ApiError(403, 'workshop_closed');
  sendJson(res, 200, { facilitatorToken: await facilitatorToken(ctx, entry), workshopId: id });
}
