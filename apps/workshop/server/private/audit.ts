import { type AuditEntry, AuditEntrySchema } from '@chiiki/model';
import * as v from 'valibot';
import type { ServerContext } from '../context';
import type { Room } from '../sync/room';

/** The audit room of a workshop: server-side only, never served over sync. */
export function auditRoomId(workshopId: string): string {
  return `${workshopId}.audit`;
}

function auditMap(room: Room) {
  return room.doc.getMap<AuditEntry>('audit');
}

/**
 * Records notes taken off the board, keyed by note id (a retried removal records once), and
 * resolves once they are on disk: the caller deletes the notes from the board only after that.
 */
export async function recordAudit(
  ctx: ServerContext,
  workshopId: string,
  entries: AuditEntry[],
): Promise<void> {
  const room = await ctx.rooms.get(auditRoomId(workshopId), true);
  await room.applyServer(() => {
    for (const entry of entries)
      if (!auditMap(room).has(entry.note.id)) auditMap(room).set(entry.note.id, entry);
  });
}

/** The audit trail, oldest first; empty for a workshop that never removed a note. */
export async function listAudit(ctx: ServerContext, workshopId: string): Promise<AuditEntry[]> {
  const room = await ctx.rooms.get(auditRoomId(workshopId), true);
  const entries: AuditEntry[] = [];
  for (const value of auditMap(room).values()) {
    const parsed = v.safeParse(AuditEntrySchema, value);
    if (parsed.success) entries.push(parsed.output);
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at) || a.note.id.localeCompare(b.note.id));
}
