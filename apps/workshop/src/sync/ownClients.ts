import type * as Y from 'yjs';

/** The Yjs client ids this tablet has written with, kept across page loads. */
export interface ClientIdBook {
  ids(): ReadonlySet<number>;
  add(id: number): void;
}

/** How many ids a book keeps: one per page load that wrote something; old ones are long synced. */
const KEEP = 64;

/** A book in memory: for a tablet whose cache lives as long as the page (tests, projectors). */
export function memoryClientIdBook(): ClientIdBook {
  const ids = new Set<number>();
  return {
    ids: () => ids,
    add: (id) => void ids.add(id),
  };
}

/**
 * A book in localStorage, beside the IndexedDB copy of the doc: after a reload the doc has a new
 * client id, and edits the last page load made offline must still count as this tablet's own.
 */
export function storedClientIdBook(key: string): ClientIdBook {
  const read = (): number[] => {
    try {
      const list = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown;
      return Array.isArray(list) ? list.filter((id): id is number => typeof id === 'number') : [];
    } catch {
      return [];
    }
  };
  return {
    ids: () => new Set(read()),
    add: (id) => {
      const list = read();
      if (list.includes(id)) return;
      try {
        localStorage.setItem(key, JSON.stringify([...list, id].slice(-KEEP)));
      } catch {
        // Storage full or refused: the guard then treats those edits as foreign and the tablet
        // puts its notes back through the recovery instead of a merge; nothing is lost.
      }
    },
  };
}

/** Records the doc's client id in the book the first time a transaction writes with it. */
export function trackOwnWrites(doc: Y.Doc, book: ClientIdBook): void {
  let recorded = false;
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (recorded) return;
    const id = doc.clientID;
    if ((tr.afterState.get(id) ?? 0) > (tr.beforeState.get(id) ?? 0)) {
      book.add(id);
      recorded = true;
    }
  });
}
