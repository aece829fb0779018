import { join } from 'node:path';
import type { WorkshopEntry } from './metaStore';
import type { StoreFs } from './storeFs';

/** The registry's directory under `DATA_DIR`: one `<workshop id>.json` per workshop. */
export const WORKSHOPS_DIR = 'workshops';

/** The single registry file of earlier versions, converted once at start (decision 0022). */
export const LEGACY_FILE = 'workshops.json';

/** One workshop's file on disk; the version lets a later layout tell its files apart. */
interface WorkshopFile {
  version: 1;
  entry: WorkshopEntry;
}

/** A workshop file that could not be read: that workshop is refused, the others are served. */
export interface DamagedWorkshop {
  id: string;
  reason: string;
}

/** The file of one workshop (ids are URL-safe, so they are safe file names). */
export function workshopPath(dir: string, id: string): string {
  return join(dir, `${id}.json`);
}

/** The bytes of one workshop's file. */
export function encodeWorkshop(entry: WorkshopEntry): Uint8Array {
  const file: WorkshopFile = { version: 1, entry };
  return new TextEncoder().encode(JSON.stringify(file));
}

/** Reads one workshop's file, checking it belongs under its name; any doubt throws with the reason. */
export function decodeWorkshop(id: string, bytes: Buffer): WorkshopEntry {
  let file: WorkshopFile;
  try {
    file = JSON.parse(bytes.toString('utf8')) as WorkshopFile;
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  const entry = file?.entry;
  if (file?.version !== 1 || !isEntry(entry)) throw new Error('unknown format');
  if (entry.workshop.id !== id) throw new Error(`holds workshop ${entry.workshop.id}`);
  return entry;
}

/** The fields every reader of an entry relies on. */
export function isEntry(value: unknown): value is WorkshopEntry {
  const entry = value as WorkshopEntry | undefined;
  return (
    typeof entry?.workshop?.id === 'string' &&
    typeof entry.joinCode === 'string' &&
    typeof entry.createdAt === 'string' &&
    Array.isArray(entry.attendance)
  );
}

/** How many workshop files are read at once at start: enough to keep the disk busy, few descriptors. */
const READ_CONCURRENCY = 32;

/**
 * Reads every workshop file of the directory. A damaged or unreadable file is reported, not
 * fatal, so one bad file cannot take the other workshops down; temporary files a crash left mid-write are removed
 * (their rename never happened, so nothing acknowledged was in them).
 */
export async function readWorkshops(
  fs: StoreFs,
  dir: string,
  names: readonly string[],
): Promise<{ entries: WorkshopEntry[]; damaged: DamagedWorkshop[] }> {
  const entries: WorkshopEntry[] = [];
  const damaged: DamagedWorkshop[] = [];
  const ids: string[] = [];
  for (const name of names) {
    if (name.includes('.json.tmp-')) await fs.remove(join(dir, name));
    else if (name.endsWith('.json')) ids.push(name.slice(0, -'.json'.length));
  }
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++] as string;
      try {
        const bytes = await fs.read(workshopPath(dir, id));
        if (bytes) entries.push(decodeWorkshop(id, bytes));
      } catch (error) {
        damaged.push({ id, reason: (error as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return { entries, damaged };
}
