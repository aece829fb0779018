import { describe, expect, it } from 'vitest';
import { normaliseJoinCode } from './joinCode';

describe('normaliseJoinCode', () => {
  it('accepts full-width IME input, lower case, spaces and dashes', () => {
    expect(normaliseJoinCode('ａｂｃ－２３４')).toBe('ABC234');
    expect(normaliseJoinCode(' xk7 p2q ')).toBe('XK7P2Q');
  });

  it('cuts at six characters', () => {
    expect(normaliseJoinCode('ABCDEFGH')).toBe('ABCDEF');
  });
});
