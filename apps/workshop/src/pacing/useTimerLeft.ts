import { type Timer, timerRemaining } from '@chiiki/model';
import { useEffect, useRef, useState } from 'react';
import { measureClock, serverNow } from './clock';

/** What a timer shows now: time left, and whether it just ran out while running. */
interface TimerView {
  leftMs: number;
  running: boolean;
  /** True once a running timer reaches zero (until it is set, started or extended again). */
  ended: boolean;
}

/**
 * Counts a timer down against the server's clock (measured once per page), ticking four times a
 * second while it runs, and calls `onEnd` once when a running timer reaches zero.
 */
export function useTimerLeft(timer: Timer | undefined, onEnd?: () => void): TimerView | undefined {
  const [, setTick] = useState(0);
  const endRef = useRef(onEnd);
  endRef.current = onEnd;
  const firedFor = useRef<number | null>(null);
  useEffect(() => {
    void measureClock().then(() => setTick((n) => n + 1));
  }, []);
  useEffect(() => {
    if (!timer?.running) return;
    const id = setInterval(() => setTick((n) => n + 1), 250);
    return () => clearInterval(id);
  }, [timer?.running]);
  // Read the clock at every render, so a timer that just started never shows a stale time.
  const leftMs = timer ? timerRemaining(timer, serverNow()) : 0;
  const ended = Boolean(timer?.running && timer.endsAt !== null && leftMs <= 0);
  useEffect(() => {
    if (!ended || !timer?.endsAt || firedFor.current === timer.endsAt) return;
    firedFor.current = timer.endsAt;
    // A tablet that joins long after the end does not chime.
    if (serverNow() - timer.endsAt < 5000) endRef.current?.();
  }, [ended, timer?.endsAt]);
  if (!timer) return undefined;
  return { leftMs, running: timer.running, ended };
}

/** Minutes and seconds, as a wall clock shows them (m:ss), rounding up so 0:00 means time is up. */
export function formatLeft(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
