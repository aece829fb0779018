import { describe, expect, it, vi } from 'vitest';
import { noteServerTime, serverNow } from './clock';
import { formatLeft } from './useTimerLeft';

describe('formatLeft', () => {
  it('rounds up to whole seconds, so 0:00 appears only when time is really up', () => {
    expect(formatLeft(0)).toBe('0:00');
    expect(formatLeft(1)).toBe('0:01');
    expect(formatLeft(59_001)).toBe('1:00');
    expect(formatLeft(61_000)).toBe('1:01');
    expect(formatLeft(3 * 60_000)).toBe('3:00');
  });
});

describe('server clock', () => {
  it('takes the offset from a quick answer and keeps it against a slower one', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    noteServerTime(1_000_000 + 30_000, 999_990, 1_000_010);
    expect(serverNow()).toBe(1_030_000);
    // A slower round trip is less precise: ignored.
    noteServerTime(1_000_000 + 90_000, 999_000, 1_001_000);
    expect(serverNow()).toBe(1_030_000);
    vi.useRealTimers();
  });
});
