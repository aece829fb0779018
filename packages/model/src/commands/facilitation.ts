import * as v from 'valibot';
import { AttendanceAnswersSchema } from '../records/attendance';
import { idString } from '../records/ids';
import { PhaseSchema } from '../records/workshop';

const laneKey = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,31}$/, 'invalid_key'));
const goalCode = v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,16}$/, 'invalid_code'));
const base = { commandId: idString };

/** Moves the workshop to a phase (back allowed, never out of closed); logged in the phase log. */
export const SetPhaseSchema = v.object({ type: v.literal('setPhase'), ...base, phase: PhaseSchema });

/** Timer actions: `set` a duration (stopped), `start` from the full duration, `pause`, `resume`, `add` time. */
export const TIMER_ACTIONS = ['set', 'start', 'pause', 'resume', 'add'] as const;
/** Drives the phase timer; `ms` is the duration for `set` and the extra time for `add` (default 60 s). */
export const TimerCommandSchema = v.object({
  type: v.literal('timer'),
  ...base,
  action: v.picklist(TIMER_ACTIONS, 'invalid_choice'),
  ms: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(4 * 60 * 60 * 1000))),
});

/** Locks or unlocks the whole board (no `lane`) or one lane for participants. */
export const SetLockSchema = v.object({
  type: v.literal('setLock'),
  ...base,
  lane: v.optional(laneKey),
  locked: v.boolean(),
});

/** "Bring everyone to me": every screen follows this lane (null: the whole board) and zoom. */
export const SetFollowSchema = v.object({
  type: v.literal('setFollow'),
  ...base,
  lane: v.nullable(laneKey),
  zoom: v.optional(v.pipe(v.number(), v.minValue(0.25), v.maxValue(4))),
});
/** Releases everyone's view. */
export const ReleaseFollowSchema = v.object({ type: v.literal('releaseFollow'), ...base });

/** Sets dot voting: N dots per participant, at most M per note, hidden until voting ends. */
export const SetVotingSchema = v.object({
  type: v.literal('setVoting'),
  ...base,
  perParticipant: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  perNote: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  hidden: v.boolean(),
});

/** Creates or renames a group (and sets its lane and goal). */
export const PutGroupSchema = v.object({
  type: v.literal('putGroup'),
  ...base,
  groupId: idString,
  lane: laneKey,
  name: v.pipe(v.string(), v.trim(), v.maxLength(100, 'too_long')),
  goalCode: v.optional(goalCode),
});
/** Deletes a group; its notes stay, ungrouped. */
export const DeleteGroupSchema = v.object({ type: v.literal('deleteGroup'), ...base, groupId: idString });
/** Puts notes into a group (null: takes them out of any group). */
export const GroupNotesSchema = v.object({
  type: v.literal('groupNotes'),
  ...base,
  groupId: v.nullable(idString),
  noteIds: v.pipe(v.array(idString), v.minLength(1, 'required'), v.maxLength(200, 'too_long')),
});
/** Tags a note or a group with one of the plan's goals (null clears the tag). */
export const TagSchema = v.object({
  type: v.literal('tag'),
  ...base,
  target: v.picklist(['note', 'group'], 'invalid_choice'),
  id: idString,
  goalCode: v.nullable(goalCode),
});
/** Merges notes into one: their texts are appended to `into`, and they go to the audit trail. */
export const MergeNotesSchema = v.object({
  type: v.literal('mergeNotes'),
  ...base,
  into: idString,
  noteIds: v.pipe(v.array(idString), v.minLength(1, 'required'), v.maxLength(20, 'too_long')),
});
/** Takes an inappropriate note off the board into the audit trail, with a reason. */
export const RemoveNoteSchema = v.object({
  type: v.literal('removeNote'),
  ...base,
  noteId: idString,
  reason: v.pipe(v.string(), v.trim(), v.maxLength(200, 'too_long')),
});
/** Counts people present without a tablet, by category, so attendance totals are complete. */
export const AddHeadCountSchema = v.object({
  type: v.literal('addHeadCount'),
  ...base,
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  ...AttendanceAnswersSchema.entries,
});
/** Workshop settings: whether exports include the nicknames participants chose. */
export const SetSettingsSchema = v.object({
  type: v.literal('setSettings'),
  ...base,
  includeNicknames: v.boolean(),
});

/** The facilitator-only commands; the server refuses them from a participant token. */
export const FACILITATOR_COMMANDS = [
  'setPhase',
  'timer',
  'setLock',
  'setFollow',
  'releaseFollow',
  'setVoting',
  'putGroup',
  'deleteGroup',
  'groupNotes',
  'tag',
  'mergeNotes',
  'removeNote',
  'addHeadCount',
  'setSettings',
] as const;
