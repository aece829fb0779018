import type { Phase } from '@chiiki/model';
import { SOAK } from './sizes';

/** What one participant does, on average, per workshop minute in a phase. */
export interface Rates {
  add?: number;
  edit?: number;
  move?: number;
  delete?: number;
  vote?: number;
  unvote?: number;
}

/** One phase of the scripted workshop: how long it lasts (workshop minutes) and what people do. */
export interface ScriptPhase {
  phase: Phase;
  minutes: number;
  rates: Rates;
}

/**
 * A two-hour district workshop as the plan's facilitation guide runs it, with what a resident on a
 * tablet does in each phase: about 12 notes, 7 edits, 8 moves and half a deletion over the session,
 * 5 dots and a change of mind while voting, nothing in the wrap-up (≈ 33 commands a person, about
 * 2,000 for a hall of 60). Presence is renewed every 15 s, as y-protocols does, and a cursor update
 * goes with every touch of a note (four while dragging one).
 */
export const FULL_SCRIPT: readonly ScriptPhase[] = [
  { phase: 'preparation', minutes: 10, rates: { add: 0.1, delete: 0.05 } },
  { phase: 'writing', minutes: 30, rates: { add: 0.27, edit: 0.13, move: 0.05 } },
  { phase: 'sharing', minutes: 20, rates: { add: 0.1, edit: 0.1, move: 0.15 } },
  { phase: 'grouping', minutes: 25, rates: { add: 0.04, edit: 0.04, move: 0.12 } },
  { phase: 'voting', minutes: 20, rates: { vote: 0.25, unvote: 0.03 } },
  { phase: 'wrapup', minutes: 15, rates: {} },
];

/**
 * The run: SOAK=1 plays the whole two hours; CI plays every phase at a fifth of its length (a
 * 24-minute slice of the same rates, so the same traffic mix in a fifth of the volume). Both run
 * at SPEED× workshop time: one workshop minute takes 5 s of wall time.
 */
export const SPEED = 12;
export const SCRIPT: readonly ScriptPhase[] = SOAK
  ? FULL_SCRIPT
  : FULL_SCRIPT.map((p) => ({ ...p, minutes: p.minutes / 5 }));
export const SCRIPT_MINUTES = SCRIPT.reduce((n, p) => n + p.minutes, 0);
/** Measurement windows over the run (heap after GC, RSS, latency percentiles per window). */
export const WINDOWS = 8;
/** Presence renewal and the participants' tick, in workshop seconds. */
export const TICK_SECONDS = 15;

/** Wall-clock milliseconds for a span of workshop minutes. */
export const wallMs = (minutes: number) => (minutes * 60_000) / SPEED;

/** The phase running at a workshop minute (the last one after the end). */
export function phaseAt(minute: number): ScriptPhase {
  let end = 0;
  for (const p of SCRIPT) {
    end += p.minutes;
    if (minute < end) return p;
  }
  return SCRIPT[SCRIPT.length - 1] as ScriptPhase;
}
