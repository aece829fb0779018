import type { IncomingMessage } from 'node:http';
import {
  type CreateWorkshopRequest,
  DEFAULT_PLAN,
  newId,
  type PlanId,
  setPhase,
  setPlan,
  type Workshop,
  type WorkshopId,
} from '@chiiki/model';
import { newJoinCode } from '../auth/joinCode';
import type { ServerContext } from '../context';
import { ApiError } from '../http/errors';
import type { WorkshopEntry, WorkshopHead } from '../store/metaStore';

/** The join link a QR code points at; the client's router handles `/join/:code`. */
export function joinUrl(ctx: ServerContext, code: string, req?: IncomingMessage): string {
  return `${ctx.publicUrl(req).replace(/\/$/, '')}/join/${code}`;
}

/** A join code no workshop has used yet. */
export function uniqueJoinCode(ctx: ServerContext): string {
  for (;;) {
    const code = newJoinCode();
    if (!ctx.meta.hasCode(code)) return code;
  }
}

/**
 * Creates a workshop: its board (the plan's lanes, the preparation phase) is on disk before the
 * workshop is listed, so a join code never points at a room that does not exist yet.
 */
export async function openWorkshop(ctx: ServerContext, body: CreateWorkshopRequest): Promise<WorkshopEntry> {
  if (!DEFAULT_PLAN.districts.some((d) => d.code === body.districtCode)) {
    throw new ApiError(400, 'unknown_district', [
      { path: 'districtCode', ja: '地区: この計画にありません', en: 'District: not part of the plan' },
    ]);
  }
  const workshop: Workshop = {
    typeName: 'workshop',
    id: newId<WorkshopId>(),
    planId: DEFAULT_PLAN.id as PlanId,
    districtCode: body.districtCode,
    theme: body.theme,
    date: body.date ?? new Date().toISOString().slice(0, 10),
    status: 'open',
    phase: 'preparation',
    ...(body.facilitator ? { facilitator: body.facilitator } : {}),
  };
  const room = await ctx.rooms.get(workshop.id, true);
  await room.applyCommand(
    { commandId: `setup-${workshop.id}`, participantId: 'server', result: {} },
    (doc) => {
      setPlan(doc, DEFAULT_PLAN);
      setPhase(doc, workshop.phase);
    },
  );
  const entry: WorkshopEntry = {
    workshop,
    joinCode: uniqueJoinCode(ctx),
    createdAt: new Date().toISOString(),
    attendance: [],
  };
  await ctx.meta.add(entry);
  return entry;
}

/** A facilitator token for a workshop. */
export function facilitatorToken(ctx: ServerContext, entry: WorkshopHead): Promise<string> {
  return ctx.tokens.sign({
    wid: entry.workshop.id,
    role: 'facilitator',
    pid: `f${newId<string>().slice(0, 20)}`,
    name: entry.workshop.facilitator || '進行役',
  });
}
