import { type CommandId, newId, type Vote, type VoteId, type VotingSettings } from '@chiiki/model';
import { useCallback, useMemo, useState } from 'react';
import { ApiError, api } from '../api/client';
import type { Session } from '../session/session';
import { loadMyVotes, type MyVote, saveMyVotes } from './myVotes';

/** A participant's dots: how many are left, how many sit on each note, and how to add or take one. */
export interface VotesApi {
  left: number;
  mineOn: (noteId: string) => number;
  add: (noteId: string) => void;
  remove: (noteId: string) => void;
  error: ApiError | undefined;
}

async function send(session: Session, command: Parameters<typeof api.command>[2]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await api.command(session.workshopId, session.token, command);
      return;
    } catch (error) {
      // The same command id is safe to resend: the server applies it once.
      if (!(error instanceof ApiError) || !error.retryable || attempt >= 4) throw error;
      await new Promise((done) => setTimeout(done, 500 * 2 ** attempt));
    }
  }
}

/**
 * Dot voting for a participant: the dots shown at once (optimistic), sent as vote commands the
 * server checks against N and M, and taken back on refusal. Dots are remembered on the tablet as
 * well, because hidden votes stay in the voter's private document until voting ends.
 */
export function useVotes(
  session: Session,
  docVotes: readonly Vote[],
  voting: VotingSettings,
  /** The notes on the board: a remembered dot on a removed note no longer counts (the server freed it). */
  noteIds: ReadonlySet<string>,
): VotesApi {
  const { workshopId, participantId } = session;
  const [local, setLocal] = useState<MyVote[]>(() => loadMyVotes(workshopId, participantId));
  const [error, setError] = useState<ApiError>();
  const mine = useMemo(() => {
    const byId = new Map(local.filter((v) => noteIds.has(v.noteId)).map((v) => [v.voteId, v]));
    for (const v of docVotes)
      if (v.participantId === participantId) byId.set(v.id, { voteId: v.id, noteId: v.noteId });
    return [...byId.values()];
  }, [local, docVotes, participantId, noteIds]);

  const update = useCallback(
    (change: (votes: MyVote[]) => MyVote[]) =>
      setLocal((votes) => {
        const next = change(votes);
        saveMyVotes(workshopId, participantId, next);
        return next;
      }),
    [workshopId, participantId],
  );

  const add = (noteId: string) => {
    if (mine.length >= voting.perParticipant) return;
    if (mine.filter((v) => v.noteId === noteId).length >= voting.perNote) return;
    const vote = { voteId: newId<VoteId>(), noteId };
    update((votes) => [...votes, vote]);
    setError(undefined);
    send(session, { type: 'vote', commandId: newId<CommandId>(), voteId: vote.voteId, noteId }).catch((e) => {
      update((votes) => votes.filter((v) => v.voteId !== vote.voteId));
      if (e instanceof ApiError) setError(e);
    });
  };

  const remove = (noteId: string) => {
    const vote = [...mine].reverse().find((v) => v.noteId === noteId);
    if (!vote) return;
    update((votes) => votes.filter((v) => v.voteId !== vote.voteId));
    setError(undefined);
    send(session, { type: 'unvote', commandId: newId<CommandId>(), voteId: vote.voteId }).catch((e) => {
      if (e instanceof ApiError && e.code !== 'vote_not_found') {
        update((votes) => [...votes, vote]);
        setError(e);
      }
    });
  };

  return {
    left: Math.max(0, voting.perParticipant - mine.length),
    mineOn: (noteId) => mine.filter((v) => v.noteId === noteId).length,
    add,
    remove,
    error,
  };
}
