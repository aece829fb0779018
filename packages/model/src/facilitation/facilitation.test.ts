import { describe, expect, it } from 'vitest';
import { PHASES } from '../records/workshop';
import { timerRemaining } from './meta';
import { canChangePhase, PHASE_RULES } from './phaseRules';

describe('PHASE_RULES', () => {
  it('has one rule per phase with a line in both languages', () => {
    expect(Object.keys(PHASE_RULES).sort()).toEqual([...PHASES].sort());
    for (const rule of Object.values(PHASE_RULES)) {
      expect(rule.ja.length).toBeGreaterThan(5);
      expect(rule.en.length).toBeGreaterThan(5);
    }
  });

  it('takes no new notes in voting, wrap-up or closed, votes only in voting, nothing when closed', () => {
    expect(PHASES.filter((p) => PHASE_RULES[p].addNote)).toEqual([
      'preparation',
      'writing',
      'sharing',
      'grouping',
    ]);
    expect(PHASES.filter((p) => PHASE_RULES[p].vote)).toEqual(['voting']);
    expect(Object.values(PHASE_RULES.closed).filter((v) => v === true)).toEqual([]);
    expect(PHASES.filter((p) => PHASE_RULES[p].privateNotes)).toEqual(['writing']);
  });

  it('lets the facilitator go back, but never out of closed', () => {
    expect(canChangePhase('voting', 'sharing')).toBe(true);
    expect(canChangePhase('closed', 'wrapup')).toBe(false);
  });
});

describe('timerRemaining', () => {
  it('counts down against server time while running and holds while paused', () => {
    const running = { durationMs: 60_000, running: true, endsAt: 100_000, remainingMs: 60_000 };
    expect(timerRemaining(running, 70_000)).toBe(30_000);
    expect(timerRemaining(running, 200_000)).toBe(0);
    expect(timerRemaining({ ...running, running: false, endsAt: null, remainingMs: 12_000 }, 999_999)).toBe(
      12_000,
    );
  });
});
