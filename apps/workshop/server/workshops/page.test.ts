import { describe, expect, it } from 'vitest';
import type { WorkshopHead } from '../store/metaStore';
import { pageAfter } from './page';

const heads = ['w5', 'w4', 'w3', 'w2'].map((id) => ({ workshop: { id } }) as WorkshopHead);
const ids = (page: ReturnType<typeof pageAfter>) =>
  page && { ids: page.heads.map((h) => h.workshop.id), next: page.next };

describe('pageAfter', () => {
  it('walks the list in pages, the last one ending with next null even when it is full', () => {
    expect(ids(pageAfter(heads, 2))).toEqual({ ids: ['w5', 'w4'], next: 'w4' });
    expect(ids(pageAfter(heads, 2, 'w4'))).toEqual({ ids: ['w3', 'w2'], next: null });
    expect(ids(pageAfter(heads, 3, 'w5'))).toEqual({ ids: ['w4', 'w3', 'w2'], next: null });
    expect(ids(pageAfter(heads, 2, 'w2'))).toEqual({ ids: [], next: null });
  });

  it('knows no page after a workshop that is not in the list', () => {
    expect(pageAfter(heads, 2, 'w9')).toBeUndefined();
    expect(ids(pageAfter([], 2))).toEqual({ ids: [], next: null });
  });
});
