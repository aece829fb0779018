import {
  DEFAULT_PLAN,
  exportFromDoc,
  getPhase,
  listNotes,
  listVotes,
  notesMap,
  type ParticipantId,
  putNote,
  putVote,
  votesMap,
  type WorkshopExport,
} from '@chiiki/model';
import * as Y from 'yjs';
import type { ServerContext } from '../context';
import { ApiError } from '../http/errors';
import { listAudit } from '../private/audit';
import { privateOwners, privateRoomId } from '../private/privateDocs';
import { sharedRoom } from '../private/settle';

/**
 * The workshop's complete record in the model's export format, taken after pending writes are on
 * disk: the shared board plus anything still private (drafts during writing, hidden votes during
 * voting), the audit trail, and nicknames only if the facilitator chose to include them.
 */
export async function collectExport(ctx: ServerContext, workshopId: string): Promise<WorkshopExport> {
  const entry = await ctx.meta.entry(workshopId);
  if (!entry) throw new ApiError(404, 'workshop_not_found');
  const main = await sharedRoom(ctx, workshopId);
  await main.durable();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(main.doc));
  for (const pid of await privateOwners(ctx, workshopId)) {
    const own = await ctx.rooms.get(privateRoomId(workshopId, pid), true);
    await own.durable();
    doc.transact(() => {
      for (const note of listNotes(own.doc, workshopId)) if (!notesMap(doc).has(note.id)) putNote(doc, note);
      for (const vote of listVotes(own.doc, workshopId)) if (!votesMap(doc).has(vote.id)) putVote(doc, vote);
    });
  }
  const audit = await listAudit(ctx, workshopId);
  const participants = entry.includeNicknames
    ? Object.entries(entry.nicknames ?? {}).map(([participantId, nickname]) => ({
        participantId: participantId as ParticipantId,
        nickname,
      }))
    : undefined;
  const data = exportFromDoc(doc, {
    workshop: { ...entry.workshop, phase: getPhase(main.doc) },
    attendance: entry.attendance,
    plan: DEFAULT_PLAN,
    ...(audit.length > 0 ? { audit } : {}),
    ...(participants ? { participants } : {}),
  });
  doc.destroy();
  return data;
}
