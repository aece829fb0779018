import {
  type Group,
  type GroupId,
  listNotes,
  type Note,
  type NoteId,
  type ParticipantId,
  putGroup,
  putNote,
  type WorkshopId,
} from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readdOwnNotes, restoreMissing, staleCopyOf } from './recovery';

const W = 'ws01';
const note = (id: string, authorId: string, text: string): Note => ({
  typeName: 'note',
  id: id as NoteId,
  workshopId: W as WorkshopId,
  lane: 'citizen',
  text,
  authorId: authorId as ParticipantId,
  position: { order: 1 },
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
});
const group: Group = {
  typeName: 'group',
  id: 'group001' as GroupId,
  workshopId: W as WorkshopId,
  lane: 'citizen',
  name: '見守り',
};

/** A tablet's stale copy with notes note0001 (person01), note0002 (person02), note0003 (person01) and a group; a restored board with note0001. */
function scene() {
  const stale = new Y.Doc();
  putGroup(stale, group);
  for (const n of [
    note('note0001', 'person01', '一'),
    note('note0002', 'person02', '二'),
    note('note0003', 'person01', '三'),
  ])
    putNote(stale, n);
  const fresh = new Y.Doc();
  putNote(fresh, note('note0001', 'person01', '一'));
  return { copy: staleCopyOf(stale, W, [stale.clientID]), fresh };
}

describe('restore recovery', () => {
  it("a facilitator's tablet puts back every missing note and group, once", () => {
    const { copy, fresh } = scene();
    expect(restoreMissing(fresh, copy)).toEqual({ notes: 2, groups: 1 });
    expect(restoreMissing(fresh, copy)).toEqual({ notes: 0, groups: 0 });
    expect(
      listNotes(fresh, W)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['note0001', 'note0002', 'note0003']);
  });

  it("a participant's tablet re-adds only its own missing notes, under the same ids", () => {
    const { copy, fresh } = scene();
    expect(readdOwnNotes(fresh, copy, 'person01')).toEqual([
      { type: 'addNote', noteId: 'note0003', lane: 'citizen', text: '三' },
    ]);
    expect(readdOwnNotes(fresh, copy, 'person03')).toEqual([]);
  });
});
