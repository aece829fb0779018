import { listNotes, type NoteId, notesMap, patchNote, putNote } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { note } from '../testing/note';
import { NoteCache } from './noteCache';

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
