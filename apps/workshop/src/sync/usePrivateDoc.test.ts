import { describe, expect, it } from 'vitest';
import { privateCacheName } from './usePrivateDoc';

describe('privateCacheName', () => {
  it('gives each person in each workshop a cache of their own, apart from the shared board', () => {
    const names = [
      privateCacheName('ws01', 'p01'),
      privateCacheName('ws01', 'p02'),
      privateCacheName('ws02', 'p01'),
      'chiiki-board-ws01',
    ];
    expect(new Set(names).size).toBe(names.length);
  });
});
