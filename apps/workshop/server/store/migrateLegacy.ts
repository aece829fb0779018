import { join } from 'node:path';
import type { WorkshopEntry } from './metaStore';
import type { StoreFs } from './storeFs';
import { encodeWorkshop, isEntry, LEGACY_FILE, workshopPath } from './workshopFiles';

/** The old registry could not be read: the server refuses to start rather than forget workshops. */
export class MetaLoadError extends Error {
  override readonly name = 'MetaLoadError';
}

/**
 * Converts the single `workshops.json` of earlier versions (a deployment's, or one restored from
 * an old backup) into one file per workshop, then renames it `workshops.json.migrated` (a name
 * not taken yet). Every workshop file is on disk, and the directory synced, before the rename,
 * so a crash at any moment either repeats the whole conversion at the next start or finds it
 * done. A damaged old file stops the start and is left as it is.
 * Answers how many workshops were converted (0: there was no old file).
 */
export async function migrateLegacy(fs: StoreFs, dataDir: string, dir: string): Promise<number> {
  const path = join(dataDir, LEGACY_FILE);
  const bytes = await fs.read(path);
  if (!bytes) return 0;
  let parsed: { version?: unknown; workshops?: unknown };
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new MetaLoadError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const entries = parsed?.workshops;
  if (parsed?.version !== 1 || !Array.isArray(entries) || !entries.every(isEntry)) {
    throw new MetaLoadError(`${path} has an unknown format`);
  }
  for (const entry of entries as WorkshopEntry[]) {
    await fs.writeAtomic(workshopPath(dir, entry.workshop.id), encodeWorkshop(entry), { syncDir: false });
  }
  await fs.syncDir(dir);
  const taken = new Set(await fs.list(dataDir));
  const base = `${LEGACY_FILE}.migrated`;
  const target = taken.has(base) ? `${base}-${Date.now()}` : base;
  await fs.rename(path, join(dataDir, target));
  await fs.syncDir(dataDir);
  return entries.length;
}
