import * as v from 'valibot';
import { idOf, type NoteId, type ParticipantId, type VoteId, type WorkshopId } from './ids';

/** One dot a participant put on a note during dot voting. */
export const VoteSchema = v.object({
  typeName: v.literal('vote'),
  id: idOf<VoteId>(),
  workshopId: idOf<WorkshopId>(),
  noteId: idOf<NoteId>(),
  participantId: idOf<ParticipantId>(),
  createdAt: v.pipe(v.string(), v.isoTimestamp('invalid_date')),
});
/** One dot vote. */
export type Vote = v.InferOutput<typeof VoteSchema>;
