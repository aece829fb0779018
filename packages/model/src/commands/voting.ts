import * as v from 'valibot';
import { idString } from '../records/ids';

/** Puts one dot on a note; the client makes the vote id so a retry adds it once. */
export const VoteCommandSchema = v.object({
  type: v.literal('vote'),
  commandId: idString,
  voteId: idString,
  noteId: idString,
});
/** Takes one of one's own dots back. */
export const UnvoteCommandSchema = v.object({
  type: v.literal('unvote'),
  commandId: idString,
  voteId: idString,
});
