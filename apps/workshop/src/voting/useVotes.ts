import { newId, type Vote, type VoteId, type VotingSettings } from '@chiiki/model';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Intent } from '../board/useCommands';
import type { OutboxEntry, Refusal } from '../outbox/outboxStore';
import type { Session } from '../session/session';
import { loadMyVotes, type MyVote, saveMyVotes } from './myVotes';

/** A participant's dots: how many are left, how many sit on each note, and how to add or take one. */
export interface VotesApi {
  left: number;
  mineOn: (noteId: string) => number;
  add: (noteId: string) => void;
  remove: (noteId: string) => void;
}

/** What useVotes reads: the board's votes and notes, and the participant's outbox. */
interface VotesInput {
  docVotes: readonly Vote[];
  voting: VotingSettings;
  /** The notes on the board: a remembered dot on a removed note no longer counts (the server freed it). */
  noteIds: ReadonlySet<string>;
  pending: readonly OutboxEntry[];
  rejected: readonly Refusal[];
  dispatch: (intent: Intent) => void;
}

/**
 * Dot voting for a participant: a dot shows at once, goes through the persistent outbox (so it
 * survives a Wi-Fi drop or a reload) as a vote command the server checks against N and M, and
 * disappears again if the server refuses it. Dots are remembered on the tablet as well, because
 * hidden votes stay in the voter's private document until voting ends.
 */
export function useVotes(session: Session, input: VotesInput): VotesApi {
  const { docVotes, voting, noteIds, pending, rejected, dispatch } = input;
  const { workshopId, participantId } = session;
  const [local, setLocal] = useState<MyVote[]>(() => loadMyVotes(workshopId, participantId));
  const update = useCallback(
    (change: (votes: MyVote[]) => MyVote[]) =>
      setLocal((votes) => {
        const next = change(votes);
        saveMyVotes(workshopId, participantId, next);
        return next;
      }),
    [workshopId, participantId],
  );
  useEffect(() => {
    const refused = new Set(rejected.flatMap((r) => (r.command.type === 'vote' ? [r.command.voteId] : [])));
    if (refused.size > 0) update((votes) => votes.filter((v) => !refused.has(v.voteId)));
  }, [rejected, update]);

  const mine = useMemo(() => {
    const takingBack = new Set(
      pending.flatMap((e) => (e.command.type === 'unvote' ? [e.command.voteId] : [])),
    );
    const byId = new Map(local.filter((v) => noteIds.has(v.noteId)).map((v) => [v.voteId, v]));
    for (const v of docVotes)
      if (v.participantId === participantId) byId.set(v.id, { voteId: v.id, noteId: v.noteId });
    return [...byId.values()].filter((v) => !takingBack.has(v.voteId));
  }, [local, docVotes, participantId, noteIds, pending]);

  const add = (noteId: string) => {
    if (mine.length >= voting.perParticipant) return;
    if (mine.filter((v) => v.noteId === noteId).length >= voting.perNote) return;
    const voteId = newId<VoteId>();
    update((votes) => [...votes, { voteId, noteId }]);
    dispatch({ type: 'vote', voteId, noteId });
  };

  const remove = (noteId: string) => {
    const vote = [...mine].reverse().find((v) => v.noteId === noteId);
    if (!vote) return;
    update((votes) => votes.filter((v) => v.voteId !== vote.voteId));
    dispatch({ type: 'unvote', voteId: vote.voteId });
  };

  return {
    left: Math.max(0, voting.perParticipant - mine.length),
    mineOn: (noteId) => mine.filter((v) => v.noteId === noteId).length,
    add,
    remove,
  };
}
