import {
  type BoardCommand,
  getNote,
  getVoting,
  listVotes,
  type NoteId,
  type ParticipantId,
  putVote,
  type Vote,
  type VoteId,
  votesMap,
  type WorkshopId,
} from '@chiiki/model';
import { ApiError } from '../http/errors';
import { openPrivate, peekPrivate } from '../private/privateDocs';
import { checkLane } from './rules';
import type { CommandHandler, CommandRun } from './types';

type VoteCommand = Extract<BoardCommand, { type: 'vote' }>;
type UnvoteCommand = Extract<BoardCommand, { type: 'unvote' }>;

async function vote(run: CommandRun<VoteCommand>) {
  const { command, claims, main, workshopId } = run;
  const note = getNote(main.doc, workshopId, command.noteId as NoteId);
  if (!note) throw new ApiError(404, 'note_not_found');
  checkLane(main.doc, claims.role, note.lane);
  const settings = getVoting(main.doc);
  const own = settings.hidden ? await openPrivate(run.ctx, workshopId, claims.pid) : undefined;
  const hiddenOwn = own ?? (await peekPrivate(run.ctx, workshopId, claims.pid));
  // From here to the write nothing awaits, so two votes sent at once cannot both pass the limits.
  const mine = [
    ...listVotes(main.doc, workshopId),
    ...(hiddenOwn ? listVotes(hiddenOwn.doc, workshopId) : []),
  ].filter((v) => v.participantId === claims.pid);
  if (votesMap(main.doc).has(command.voteId) || hiddenOwn?.doc.getMap('votes').has(command.voteId)) {
    throw new ApiError(409, 'vote_exists');
  }
  if (mine.length >= settings.perParticipant) throw new ApiError(409, 'vote_limit');
  if (mine.filter((v) => v.noteId === note.id).length >= settings.perNote)
    throw new ApiError(409, 'note_vote_limit');
  const record: Vote = {
    typeName: 'vote',
    id: command.voteId as VoteId,
    workshopId: workshopId as WorkshopId,
    noteId: note.id,
    participantId: claims.pid as ParticipantId,
    createdAt: new Date().toISOString(),
  };
  await (own ?? main).applyCommand(run.applied, (d) => putVote(d, record));
  return {
    type: command.type,
    vote: record,
    hidden: settings.hidden,
    remaining: settings.perParticipant - mine.length - 1,
  };
}

async function unvote(run: CommandRun<UnvoteCommand>) {
  const { command, claims, main, workshopId } = run;
  const own = await peekPrivate(run.ctx, workshopId, claims.pid);
  const room = own && votesMap(own.doc).has(command.voteId) ? own : main;
  const found = votesMap(room.doc).get(command.voteId);
  if (!found) throw new ApiError(404, 'vote_not_found');
  if (found.participantId !== claims.pid) throw new ApiError(403, 'not_owner');
  const note = getNote(main.doc, workshopId, found.noteId);
  checkLane(main.doc, claims.role, note?.lane);
  await room.applyCommand(run.applied, (d) => void votesMap(d).delete(command.voteId));
  return { type: command.type, voteId: command.voteId };
}

/**
 * Dot votes: at most N per participant and M per note (the facilitator's settings), counted over
 * the participant's shared and hidden votes. While votes are hidden they live in the voter's
 * private doc, so nobody else's tablet receives them until voting ends.
 */
export const VOTE_HANDLERS = {
  vote: vote as CommandHandler,
  unvote: unvote as CommandHandler,
};
