import { createStore, del, get, set } from 'idb-keyval';
import type { Source } from './source';

const KEY = 'sources';
let store: ReturnType<typeof createStore> | null = null;
const db = () => {
  store ??= createStore('chiiki-insights', 'sources');
  return store;
};

/** The sources loaded in earlier sessions (empty when IndexedDB is unavailable, e.g. private mode). */
export async function readSources(): Promise<Source[]> {
  try {
    return ((await get(KEY, db())) as Source[] | undefined) ?? [];
  } catch {
    return [];
  }
}

/** Saves the list of sources; returns false when the browser refuses (quota), so the UI can say so. */
export async function writeSources(sources: readonly Source[]): Promise<boolean> {
  try {
    await set(KEY, sources, db());
    return true;
  } catch {
    return false;
  }
}

/** Forgets everything loaded ("clear all data"). */
export async function clearSources(): Promise<void> {
  try {
    await del(KEY, db());
  } catch {
    /* nothing stored */
  }
}
