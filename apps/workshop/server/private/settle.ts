import {
  getPhase,
  getVoting,
  listNotes,
  listVotes,
  META_KEYS,
  metaMap,
  type Note,
  notesMap,
  PHASE_RULES,
  putNote,
  putVote,
  type Vote,
  votesMap,
} from '@chiiki/model';
import * as Y from 'yjs';
import type { ServerContext } from '../context';
import type { Peer } from '../sync/peer';
import type { Room } from '../sync/room';
import { privateOwners, privateRoomId } from './privateDocs';

/** Test hook: runs after the shared doc's reveal is on disk, before the drafts are cleared (a crash point). */
export const settleHooks: { afterShared?: (workshopId: string) => void } = {};

const chains = new Map<string, Promise<void>>();
const settledRooms = new WeakSet<Room>();

function lastOrder(doc: Y.Doc, lane: string): number {
  let max = 0;
  for (const map of notesMap(doc).values()) {
    if (!(map instanceof Y.Map)) continue; // a malformed entry, which the readers skip too
    const order = (map.get('position') as { order?: unknown } | undefined)?.order;
    if (map.get('lane') === lane && typeof order === 'number' && order > max) max = order;
  }
  return max;
}

async function settleOnce(ctx: ServerContext, workshopId: string): Promise<void> {
  const main = await ctx.rooms.get(workshopId);
  const phase = getPhase(main.doc);
  const revealNotes = phase !== 'preparation' && !PHASE_RULES[phase].privateNotes;
  const publishVotes = phase !== 'voting' || !getVoting(main.doc).hidden;
  if (!revealNotes && !publishVotes) return;
  const found: Array<{ room: Room; notes: Note[]; votes: Vote[] }> = [];
  for (const pid of await privateOwners(ctx, workshopId)) {
    const room = await ctx.rooms.get(privateRoomId(workshopId, pid), true);
    const notes = revealNotes ? listNotes(room.doc, workshopId) : [];
    const votes = publishVotes ? listVotes(room.doc, workshopId) : [];
    if (notes.length + votes.length > 0) found.push({ room, notes, votes });
  }
  if (found.length === 0) return;
  // One transaction for every draft and vote; the note and vote ids are the keys, so a repeat
  // after a crash adds nothing twice.
  await main.applyServer((doc) => {
    for (const { notes, votes } of found) {
      for (const note of notes.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
        if (!notesMap(doc).has(note.id))
          putNote(doc, { ...note, position: { order: lastOrder(doc, note.lane) + 1 } });
      }
      for (const vote of votes) if (!votesMap(doc).has(vote.id)) putVote(doc, vote);
    }
  });
  settleHooks.afterShared?.(workshopId);
  await Promise.all(
    found.map(({ room, notes, votes }) =>
      room.applyServer((doc) => {
        for (const note of notes) notesMap(doc).delete(note.id);
        for (const vote of votes) votesMap(doc).delete(vote.id);
      }),
    ),
  );
}

/**
 * Moves what the phase no longer keeps private into the shared doc: every draft once writing is
 * over, every hidden vote once voting is over (or no longer hidden). The shared write is on disk
 * before any private doc is cleared, and it is keyed by ids, so a crash halfway neither loses nor
 * duplicates anything: the next settle finishes the job. Runs one at a time per workshop.
 */
export function settle(ctx: ServerContext, workshopId: string): Promise<void> {
  const next = (chains.get(workshopId) ?? Promise.resolve()).then(() => settleOnce(ctx, workshopId));
  const tail = next.catch(() => undefined);
  chains.set(workshopId, tail);
  void tail.then(() => chains.get(workshopId) === tail && chains.delete(workshopId));
  return next;
}

/**
 * The shared room of a workshop, settled once after each load: a server that stopped between a
 * reveal and the clearing of the drafts finishes that reveal before anyone is served again. A
 * facilitator tablet that writes `meta.phase` straight into the doc (instead of `setPhase`) also
 * triggers a settle, so drafts and hidden votes are published whichever way the phase moved.
 */
export async function sharedRoom(ctx: ServerContext, workshopId: string): Promise<Room> {
  const room = await ctx.rooms.get(workshopId);
  if (!settledRooms.has(room)) {
    await settle(ctx, workshopId);
    if (settledRooms.has(room)) return room;
    settledRooms.add(room);
    metaMap(room.doc).observe((event, transaction) => {
      if (!room.peers.has(transaction.origin as Peer)) return;
      if (!event.keysChanged.has('phase') && !event.keysChanged.has(META_KEYS.voting)) return;
      settle(ctx, workshopId).catch((error) => ctx.log('settle after a direct phase write failed', error));
    });
  }
  return room;
}
