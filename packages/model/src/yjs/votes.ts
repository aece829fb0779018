import * as v from 'valibot';
import * as Y from 'yjs';
import type { VoteId } from '../records/ids';
import { type Vote, VoteSchema } from '../records/vote';
import { DOC_KEYS } from './layout';

/** The fields of a vote kept in the doc (typeName and workshopId are implied by the doc). */
type VoteFields = Omit<Vote, 'typeName' | 'workshopId'>;

/**
 * The map of votes: vote id → a plain object. A dot is never edited, only added or removed, so
 * a plain value (not a nested Y.Map) is enough and keeps the document small.
 */
export function votesMap(doc: Y.Doc): Y.Map<VoteFields> {
  return doc.getMap(DOC_KEYS.votes);
}

/** Adds (or replaces) one vote; keyed by its id so a retried command adds it once. */
export function putVote(doc: Y.Doc, vote: Vote): void {
  votesMap(doc).set(vote.id, {
    id: vote.id,
    noteId: vote.noteId,
    participantId: vote.participantId,
    createdAt: vote.createdAt,
  });
}

/** Removes a vote (a participant taking a dot back); false if it was not there. */
export function deleteVote(doc: Y.Doc, id: VoteId): boolean {
  if (!votesMap(doc).has(id)) return false;
  votesMap(doc).delete(id);
  return true;
}

/** Reads every valid vote, oldest first, so exports and tallies are in a stable order. */
export function listVotes(doc: Y.Doc, workshopId: string): Vote[] {
  const votes: Vote[] = [];
  for (const value of votesMap(doc).values() as IterableIterator<unknown>) {
    // A plain object only: a shared type or an array in its place is a bad write, skipped.
    if (
      typeof value !== 'object' ||
      value === null ||
      Array.isArray(value) ||
      value instanceof Y.AbstractType
    )
      continue;
    const fields = value as Record<string, unknown>;
    const parsed = v.safeParse(VoteSchema, {
      id: fields.id,
      noteId: fields.noteId,
      participantId: fields.participantId,
      createdAt: fields.createdAt,
      typeName: 'vote',
      workshopId,
    });
    if (parsed.success) votes.push(parsed.output);
  }
  return votes.sort(compareVotes);
}

/** The stable order of votes (oldest first, then id) that lists and exports share. */
export function compareVotes(a: Vote, b: Vote): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}
