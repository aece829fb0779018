import {
  listNotes,
  type Note,
  type NoteId,
  notesMap,
  type ParticipantId,
  patchNote,
  putNote,
  type WorkshopId,
} from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NoteCache } from './noteCache';

const note = (id: string, lane: string, order: number): Note => ({
  typeName: 'note',
  id: id as NoteId,
  workshopId: 'ws01' as WorkshopId,
  lane,
  text: `メモ ${id}`,
  authorId: 'me01' as ParticipantId,
  position: { order },
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
});

describe('NoteCache', () => {
  it('follows adds, field edits and deletes exactly like a full listNotes', () => {
    const doc = new Y.Doc();
    putNote(doc, note('n001', 'citizen', 1));
    const cache = new NoteCache(doc, 'ws01');
    notesMap(doc).observeDeep((events) => cache.apply(events));
    putNote(doc, note('n002', 'city', 1));
    patchNote(doc, 'n001' as NoteId, { text: 'なおした', lane: 'council' });
    putNote(doc, note('n003', 'city', 2));
    notesMap(doc).delete('n002');
    expect(cache.list()).toEqual(listNotes(doc, 'ws01'));
    expect(cache.list().map((n) => n.text)).toEqual(['メモ n003', 'なおした']);
  });
});
