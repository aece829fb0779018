import * as v from 'valibot';
import { idString } from '../records/ids';
import { NoteTextSchema, PositionSchema } from '../records/note';
import {
  AddHeadCountSchema,
  DeleteGroupSchema,
  GroupNotesSchema,
  MergeNotesSchema,
  PutGroupSchema,
  ReleaseFollowSchema,
  RemoveNoteSchema,
  SetFollowSchema,
  SetLockSchema,
  SetPhaseSchema,
  SetSettingsSchema,
  SetVotingSchema,
  TagSchema,
  TimerCommandSchema,
} from './facilitation';
import { UnvoteCommandSchema, VoteCommandSchema } from './voting';

const laneKey = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,31}$/, 'invalid_key'));
const goalCode = v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,16}$/, 'invalid_code'));

/**
 * Adds a note; the client makes the note id so a retried command cannot add it twice. A
 * facilitator may set `onBehalf` for a participant who cannot type: the note is marked as such.
 */
export const AddNoteSchema = v.object({
  type: v.literal('addNote'),
  commandId: idString,
  noteId: idString,
  lane: laneKey,
  text: NoteTextSchema,
  goalCode: v.optional(goalCode),
  onBehalf: v.optional(v.boolean()),
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
 * A participant's note intent, sent over HTTP and applied by the server to the Yjs document: the
 * untrusted side never sends raw CRDT updates. The tablet's outbox holds these.
 */
export const CommandSchema = v.variant('type', [
  AddNoteSchema,
  EditNoteSchema,
  MoveNoteSchema,
  DeleteNoteSchema,
]);
/** A note command. */
export type Command = v.InferOutput<typeof CommandSchema>;
/** The note command names. */
export type CommandType = Command['type'];

/**
 * Every command the commands endpoint takes: the note commands, dot votes, and the facilitator's
 * commands (phase, timer, locks, groups, tags, …), so the server can enforce all of them.
 */
export const BoardCommandSchema = v.variant('type', [
  AddNoteSchema,
  EditNoteSchema,
  MoveNoteSchema,
  DeleteNoteSchema,
  VoteCommandSchema,
  UnvoteCommandSchema,
  SetPhaseSchema,
  TimerCommandSchema,
  SetLockSchema,
  SetFollowSchema,
  ReleaseFollowSchema,
  SetVotingSchema,
  PutGroupSchema,
  DeleteGroupSchema,
  GroupNotesSchema,
  TagSchema,
  MergeNotesSchema,
  RemoveNoteSchema,
  AddHeadCountSchema,
  SetSettingsSchema,
]);
/** Any command of the commands endpoint. */
export type BoardCommand = v.InferOutput<typeof BoardCommandSchema>;
/** Every command name. */
export type BoardCommandType = BoardCommand['type'];
