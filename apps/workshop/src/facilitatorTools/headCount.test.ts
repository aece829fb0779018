import { describe, expect, it } from 'vitest';
import { parseHeadCount } from './headCount';

describe('parseHeadCount', () => {
  it('accepts whole numbers from 1 to 1000', () => {
    expect(parseHeadCount('1')).toBe(1);
    expect(parseHeadCount(' 12 ')).toBe(12);
    expect(parseHeadCount('1000')).toBe(1000);
  });

  it('refuses what it would otherwise have to alter', () => {
    for (const text of ['', 'abc', '0', '-3', '2.5', '1e3', '5000'])
      expect(parseHeadCount(text)).toBeUndefined();
  });
});
