import { describe, expect, it } from 'vitest';
import { canDrawBoard } from './useFirstLoad';

describe('canDrawBoard', () => {
  it('waits while the socket connects and nothing is cached', () => {
    expect(canDrawBoard(undefined, false)).toBe(false);
    expect(canDrawBoard({ loaded: false, link: 'connecting' }, false)).toBe(false);
    expect(canDrawBoard({ loaded: false, link: 'online' }, false)).toBe(false);
  });

  it('draws once the server state or a cached copy is in the doc', () => {
    expect(canDrawBoard({ loaded: true, link: 'online' }, false)).toBe(true);
    expect(canDrawBoard({ loaded: true, link: 'connecting' }, false)).toBe(true);
  });

  it('draws an offline tablet at once, so it can still write notes', () => {
    expect(canDrawBoard({ loaded: false, link: 'offline' }, false)).toBe(true);
  });

  it('draws after the wait even if nothing came', () => {
    expect(canDrawBoard(undefined, true)).toBe(true);
    expect(canDrawBoard({ loaded: false, link: 'connecting' }, true)).toBe(true);
  });
});
