import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type Attendance,
  CreateWorkshopRequestSchema,
  type FieldProblem,
  ListWorkshopsQuerySchema,
  listNotes,
} from '@chiiki/model';
import { authenticate, requireAdmin } from '../../auth/guard';
import type { ServerContext } from '../../context';
import { closeBoard } from '../../workshops/close';
import { facilitatorToken, joinUrl, openWorkshop } from '../../workshops/create';
import { pageAfter } from '../../workshops/page';
import { ApiError } from '../errors';
import { readQuery, readValid, sendJson } from '../io';

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

/** The refusal of an `after` that names no workshop of the caller's list. */
const unknownAfter: FieldProblem = {
  path: 'after',
  ja: '続きの起点: 一覧にないワークショップです',
  en: 'after: no workshop with this id is in the list',
};

/**
 * Lists workshops, newest first, a page at a time (`?limit=&after=`): every workshop for the
 * operator; for a facilitator token, its own workshop (also once closed), so the insights app can
 * offer its export. Participants may not list.
 */
export async function listWorkshops(ctx: ServerContext, req: IncomingMessage, res: ServerResponse) {
  const caller = await authenticate(ctx, req, undefined, true);
  if (caller.kind === 'token' && caller.claims.role !== 'facilitator') throw new ApiError(403, 'forbidden');
  const query = readQuery(req, ListWorkshopsQuerySchema, { subject: { ja: '一覧の指定', en: 'list query' } });
  const visible = caller.kind === 'admin' ? ctx.meta.list() : [caller.entry];
  const page = pageAfter(visible, query.limit, query.after);
  if (!page) throw new ApiError(400, 'invalid_input', [unknownAfter]);
  const workshops = page.heads.map((e) => ({
    workshop: e.workshop,
    joinCode: e.joinCode,
    joinUrl: joinUrl(ctx, e.joinCode, req),
    createdAt: e.createdAt,
    participants: ctx.meta.participants(e.workshop.id),
  }));
  sendJson(res, 200, { workshops, next: page.next });
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
