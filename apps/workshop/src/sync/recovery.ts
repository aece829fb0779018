import {
  type Command,
  type Group,
  groupsMap,
  listGroups,
  listNotes,
  type Note,
  notesMap,
  putGroup,
  putNote,
} from '@chiiki/model';
import type * as Y from 'yjs';

/**
 * What a tablet's copy of the board held when the server turned out to be behind it (a restored
 * backup): its notes and groups as plain records, kept after the copy itself is dropped so the
 * tablet can put back, on purpose and by id, what the restored server no longer has.
 */
export interface StaleCopy {
  notes: Note[];
  groups: Group[];
  /** Yjs clients the copy held more of than the server (for the log and the tests). */
  aheadClients: number[];
}

/** Reads a copy's notes and groups before it is dropped. */
export function staleCopyOf(doc: Y.Doc, workshopId: string, aheadClients: number[]): StaleCopy {
  return { notes: listNotes(doc, workshopId), groups: listGroups(doc, workshopId), aheadClients };
}

/**
 * The facilitator's way back (a full writer, trusted): every note and group the restored board
 * lacks is written again as it was, keyed by its id, in one transaction of the tablet's new doc.
 * Keyed writes cannot duplicate: a note that comes back another way too (its author's tablet
 * re-adding it, a second facilitator) stays one entry of the notes map. Answers how many it put.
 */
export function restoreMissing(doc: Y.Doc, stale: StaleCopy): { notes: number; groups: number } {
  const notes = stale.notes.filter((n) => !notesMap(doc).has(n.id));
  const groups = stale.groups.filter((g) => !groupsMap(doc).has(g.id));
  if (notes.length + groups.length > 0) {
    doc.transact(() => {
      for (const group of groups) putGroup(doc, group);
      for (const note of notes) putNote(doc, note);
    });
  }
  return { notes: notes.length, groups: groups.length };
}

/** An addNote without its command id: the outbox gives each command a fresh one. */
export type AddNoteIntent = Omit<Extract<Command, { type: 'addNote' }>, 'commandId'>;

/**
 * A participant's way back (a read replica, 0004): their own notes the restored board lacks go
 * out again as addNote commands under the same note ids, through the persistent outbox. The
 * server answers a note id its sender already has as a duplicate, so a note that also comes back
 * another way (a facilitator's tablet) is neither refused nor made twice.
 */
export function readdOwnNotes(doc: Y.Doc, stale: StaleCopy, participantId: string): AddNoteIntent[] {
  return stale.notes
    .filter((n) => n.authorId === participantId && !notesMap(doc).has(n.id))
    .map((n) => ({
      type: 'addNote',
      noteId: n.id,
      lane: n.lane,
      text: n.text,
      ...(n.goalCode === undefined ? {} : { goalCode: n.goalCode }),
    }));
}
