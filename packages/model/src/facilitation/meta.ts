import * as v from 'valibot';
import type * as Y from 'yjs';
import { metaMap } from '../yjs/layout';

const laneKey = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,31}$/, 'invalid_key'));
const ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60 * 60 * 1000));

/**
 * The phase timer in server time: while running, `endsAt` (server epoch ms) is the truth and
 * every tablet counts down against it corrected by its clock offset; while paused, `remainingMs`.
 */
export const TimerSchema = v.object({
  durationMs: ms,
  running: v.boolean(),
  endsAt: v.nullable(v.number()),
  remainingMs: ms,
});
/** The phase timer. */
export type Timer = v.InferOutput<typeof TimerSchema>;

/** Board and lane locks: while set, the server refuses participants' commands there. */
export const LocksSchema = v.object({ board: v.boolean(), lanes: v.array(laneKey) });
/** Board and lane locks. */
export type Locks = v.InferOutput<typeof LocksSchema>;

/** "Bring everyone to me": the lane and zoom every screen follows until the facilitator releases it. */
export const FollowSchema = v.object({
  lane: v.nullable(laneKey),
  zoom: v.pipe(v.number(), v.minValue(0.25), v.maxValue(4)),
  by: v.string(),
  at: v.number(),
});
/** The follow state. */
export type Follow = v.InferOutput<typeof FollowSchema>;

/** Dot voting: N dots per participant, at most M on one note, hidden until voting ends or not. */
export const VotingSettingsSchema = v.object({
  perParticipant: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  perNote: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  hidden: v.boolean(),
});
/** Dot voting settings. */
export type VotingSettings = v.InferOutput<typeof VotingSettingsSchema>;

/** Voting settings of a board the facilitator never configured: three dots, two per note, open. */
export const DEFAULT_VOTING: VotingSettings = { perParticipant: 3, perNote: 2, hidden: false };
/** Locks of a new board: nothing locked. */
export const NO_LOCKS: Locks = { board: false, lanes: [] };

/** The keys of the meta map the server owns; facilitators change them only through commands. */
export const META_KEYS = {
  timer: 'timer',
  locks: 'locks',
  follow: 'follow',
  voting: 'voting',
} as const;

function read<S extends v.GenericSchema>(doc: Y.Doc, key: string, schema: S): v.InferOutput<S> | undefined {
  const parsed = v.safeParse(schema, metaMap(doc).get(key));
  return parsed.success ? parsed.output : undefined;
}

/** The timer, or undefined before the facilitator set one. */
export function getTimer(doc: Y.Doc): Timer | undefined {
  return read(doc, META_KEYS.timer, TimerSchema);
}

/** The locks (nothing locked if never set). */
export function getLocks(doc: Y.Doc): Locks {
  return read(doc, META_KEYS.locks, LocksSchema) ?? NO_LOCKS;
}

/** The follow state, or undefined when everyone moves freely. */
export function getFollow(doc: Y.Doc): Follow | undefined {
  return read(doc, META_KEYS.follow, FollowSchema);
}

/** The voting settings (the defaults if never set). */
export function getVoting(doc: Y.Doc): VotingSettings {
  return read(doc, META_KEYS.voting, VotingSettingsSchema) ?? DEFAULT_VOTING;
}

/** Milliseconds left on a timer at a server time: what every screen shows, never below zero. */
export function timerRemaining(timer: Timer, serverNow: number): number {
  if (!timer.running || timer.endsAt === null) return timer.remainingMs;
  return Math.max(0, timer.endsAt - serverNow);
}
