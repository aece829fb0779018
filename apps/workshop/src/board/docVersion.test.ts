import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docVersion } from './docVersion';

describe('docVersion', () => {
  it('moves with every transaction, a deletion included', () => {
    const doc = new Y.Doc();
    const notes = doc.getMap('notes');
    const start = docVersion(doc);
    notes.set('a', 1);
    const afterSet = docVersion(doc);
    expect(afterSet).toBeGreaterThan(start);
    const vector = Y.encodeStateVector(doc);
    notes.delete('a');
    expect(docVersion(doc)).toBeGreaterThan(afterSet);
    // The state vector does not see the deletion: that is why the version exists.
    expect(Y.encodeStateVector(doc)).toEqual(vector);
  });

  it('stays put while nothing happens', () => {
    const doc = new Y.Doc();
    expect(docVersion(doc)).toBe(docVersion(doc));
  });
});
