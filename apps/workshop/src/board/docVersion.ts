import type * as Y from 'yjs';

const versions = new WeakMap<Y.Doc, { count: number }>();

/**
 * How many transactions a doc has seen since this module first looked at it. A hook that reads
 * a doc during its first render (so the board mounts with its notes in one pass) compares this
 * in its effect to know whether that read is still true, deletions included, which the state
 * vector alone does not show.
 */
export function docVersion(doc: Y.Doc): number {
  let version = versions.get(doc);
  if (!version) {
    const counter = { count: 0 };
    doc.on('afterTransaction', () => {
      counter.count++;
    });
    versions.set(doc, counter);
    version = counter;
  }
  return version.count;
}
