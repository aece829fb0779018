import * as v from 'valibot';
import { type GroupId, idOf, type NoteId, type ParticipantId, type WorkshopId } from './ids';

/** The longest note text: a sticky note, not an essay; also bounds what one command can carry. */
export const NOTE_TEXT_MAX = 500;

/** Note text: trimmed, 1–500 characters, no control characters except newlines. */
export const NoteTextSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'required'),
  v.maxLength(NOTE_TEXT_MAX, 'too_long'),
  v.check((s) => !/\p{Cc}/u.test(s.replaceAll('\n', '')), 'control_chars'),
);

/** Where a note sits inside its lane: a sort order, and an optional free position for the board. */
export const PositionSchema = v.object({
  order: v.pipe(v.number(), v.finite()),
  x: v.optional(v.pipe(v.number(), v.finite())),
  y: v.optional(v.pipe(v.number(), v.finite())),
});
/** A note's place in its lane. */
export type Position = v.InferOutput<typeof PositionSchema>;

const isoTime = v.pipe(v.string(), v.isoTimestamp('invalid_date'));

/** A sticky-note idea, placed on the lane of the actor who would carry it out. */
export const NoteSchema = v.object({
  typeName: v.literal('note'),
  id: idOf<NoteId>(),
  workshopId: idOf<WorkshopId>(),
  lane: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,31}$/, 'invalid_key')),
  goalCode: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,16}$/, 'invalid_code'))),
  text: NoteTextSchema,
  authorId: idOf<ParticipantId>(),
  /** Set when the facilitator wrote the note on behalf of a participant who cannot type. */
  onBehalf: v.optional(v.boolean()),
  groupId: v.optional(idOf<GroupId>()),
  position: PositionSchema,
  createdAt: isoTime,
  updatedAt: isoTime,
});
/** A sticky-note idea. */
export type Note = v.InferOutput<typeof NoteSchema>;

/** A named group of notes the facilitator formed while sorting ideas. */
export const GroupSchema = v.object({
  typeName: v.literal('group'),
  id: idOf<GroupId>(),
  workshopId: idOf<WorkshopId>(),
  lane: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,31}$/, 'invalid_key')),
  name: v.pipe(v.string(), v.trim(), v.maxLength(100, 'too_long')),
  goalCode: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,16}$/, 'invalid_code'))),
});
/** A named group of notes. */
export type Group = v.InferOutput<typeof GroupSchema>;
