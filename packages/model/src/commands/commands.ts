import * as v from 'valibot';
import { idString } from '../records/ids';
import { NoteTextSchema, PositionSchema } from '../records/note';

const laneKey = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,31}$/, 'invalid_key'));
const goalCode = v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,16}$/, 'invalid_code'));

/** Adds a note; the client makes the note id so a retried command cannot add it twice. */
export const AddNoteSchema = v.object({
  type: v.literal('addNote'),
  commandId: idString,
  noteId: idString,
  lane: laneKey,
  text: NoteTextSchema,
  goalCode: v.optional(goalCode),
});
/** Changes a note's text (and optionally its goal). */
export const EditNoteSchema = v.object({
  type: v.literal('editNote'),
  commandId: idString,
  noteId: idString,
  text: NoteTextSchema,
  goalCode: v.optional(goalCode),
});
/** Moves a note to a lane and/or a position. */
export const MoveNoteSchema = v.object({
  type: v.literal('moveNote'),
  commandId: idString,
  noteId: idString,
  lane: laneKey,
  position: v.optional(PositionSchema),
});
/** Deletes a note. */
export const DeleteNoteSchema = v.object({
  type: v.literal('deleteNote'),
  commandId: idString,
  noteId: idString,
});

/**
 * A participant's intent, sent over HTTP and applied by the server to the Yjs document: the
 * untrusted side never sends raw CRDT updates. Facilitation commands (votes, phases) join this
 * union as they are built.
 */
export const CommandSchema = v.variant('type', [
  AddNoteSchema,
  EditNoteSchema,
  MoveNoteSchema,
  DeleteNoteSchema,
]);
/** A participant's or facilitator's command. */
export type Command = v.InferOutput<typeof CommandSchema>;
/** The command names. */
export type CommandType = Command['type'];
