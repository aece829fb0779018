import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import type * as Y from 'yjs';
import type { DocCache } from './replica';

/**
 * y-indexeddb's copy of a doc as a replica's DocCache. The persistence object itself is the
 * cache (its transactions carry it as their origin, which the rollback guard looks for), with
 * `storeWhole`: y-indexeddb's own compaction, which writes the doc's whole state as one entry
 * once the database is open and drops the entries it replaces.
 */
export function indexeddbCache(name: string, doc: Y.Doc): DocCache {
  const persistence = new IndexeddbPersistence(name, doc);
  return Object.assign(persistence, {
    storeWhole: () => persistence.whenSynced.then(() => storeState(persistence, true)),
  });
}
