import type { BoardCommand, Timer } from '@chiiki/model';
import { ApiError } from '../http/errors';

type TimerCommand = Extract<BoardCommand, { type: 'timer' }>;

/**
 * The next timer for an action at server time `now`; pure, so the timer's rules read in one place
 * and every field stays in server time (`endsAt` while running, `remainingMs` while paused).
 */
export function nextTimer(timer: Timer | undefined, command: TimerCommand, now: number): Timer {
  const { action } = command;
  if (action === 'set') {
    const ms = command.ms ?? timer?.durationMs;
    if (ms === undefined) throw new ApiError(409, 'timer_not_set');
    return { durationMs: ms, running: false, endsAt: null, remainingMs: ms };
  }
  const duration = action === 'start' ? (command.ms ?? timer?.durationMs) : timer?.durationMs;
  if (!timer && duration === undefined) throw new ApiError(409, 'timer_not_set');
  const t: Timer = timer ?? {
    durationMs: duration ?? 0,
    running: false,
    endsAt: null,
    remainingMs: duration ?? 0,
  };
  const left = t.running && t.endsAt !== null ? Math.max(0, t.endsAt - now) : t.remainingMs;
  switch (action) {
    case 'start': {
      const ms = duration ?? t.durationMs;
      return { durationMs: ms, running: true, endsAt: now + ms, remainingMs: ms };
    }
    case 'pause':
      return { ...t, running: false, endsAt: null, remainingMs: left };
    case 'resume':
      return { ...t, running: true, endsAt: now + left, remainingMs: left };
    case 'add': {
      const extra = command.ms ?? 60_000;
      return {
        durationMs: t.durationMs + extra,
        running: t.running,
        endsAt: t.running ? now + left + extra : null,
        remainingMs: left + extra,
      };
    }
  }
}
