import type { Group } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { arrange } from './arrange';
import type { ShownNote } from './withPending';

const note = (id: string, lane: string, groupId?: string) => ({ id, lane, groupId }) as unknown as ShownNote;
const group = (id: string, lane: string) => ({ id, lane, name: id }) as unknown as Group;

describe('arrange', () => {
  it('shows a group in its own lane with all its notes, and a note of a missing group on its own', () => {
    const lanes = new Map([
      ['citizen', [note('a', 'citizen', 'g1'), note('b', 'citizen', 'gone')]],
      ['city', [note('c', 'city', 'g1')]],
    ]);
    const out = arrange(lanes, [group('g1', 'city')]);
    expect(out.get('city')?.groups[0]?.notes.map((n) => n.id)).toEqual(['a', 'c']);
    expect(out.get('citizen')?.loose.map((n) => n.id)).toEqual(['b']);
    expect(out.get('citizen')?.groups).toEqual([]);
  });
});
