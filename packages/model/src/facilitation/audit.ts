import * as v from 'valibot';
import { idOf, type ParticipantId } from '../records/ids';
import { NoteSchema } from '../records/note';
import { IsoTimestampSchema } from '../records/time';

/** Why a note left the board at the facilitator's hand. */
export const AUDIT_ACTIONS = ['remove', 'delete', 'merge'] as const;
/** An audit action. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * A note the facilitator took off the board (removed as inappropriate, deleted, or merged into
 * another), kept whole with who, when and why: nothing a resident wrote is silently destroyed.
 */
export const AuditEntrySchema = v.object({
  typeName: v.literal('audit'),
  action: v.picklist(AUDIT_ACTIONS, 'invalid_choice'),
  note: NoteSchema,
  by: idOf<ParticipantId>(),
  at: IsoTimestampSchema,
  reason: v.pipe(v.string(), v.maxLength(200, 'too_long')),
  /** For a merge: the note it was merged into. */
  into: v.optional(v.string()),
});
/** One audit entry. */
export type AuditEntry = v.InferOutput<typeof AuditEntrySchema>;
