import { join } from 'node:path';
import type { StoredHead, WorkshopEntry, WorkshopHead } from './metaStore';
import type { StoreFs } from './storeFs';

/** The registry's directory under `DATA_DIR`: one `<workshop id>.json` per workshop. */
export const WORKSHOPS_DIR = 'workshops';

/** The single registry file of earlier versions, converted once at start (decision 0022). */
export const LEGACY_FILE = 'workshops.json';

/** A workshop file that could not be read: that workshop is refused, the others are served. */
export interface DamagedWorkshop {
  id: string;
  reason: string;
}

/** How much of a file start-up reads for the head line; a longer head is read whole. */
const HEAD_READ_BYTES = 4096;

/** The file of one workshop (ids are URL-safe, so they are safe file names). */
export function workshopPath(dir: string, id: string): string {
  return join(dir, `${id}.json`);
}

/**
 * The bytes of one workshop's file: two JSON lines. The first, the head (status, join code,
 * participant count), is all that start-up reads of a closed workshop; the second holds the
 * people (attendance, nicknames, private-doc owners), read when someone asks for them.
 * JSON.stringify escapes newlines inside strings, so the first newline ends the head.
 */
export function encodeWorkshop(entry: WorkshopEntry): Uint8Array {
  const { attendance, privateDocs, nicknames, ...head } = entry;
  const stored: StoredHead = { ...head, participants: attendance.length };
  const people = { attendance, ...(privateDocs ? { privateDocs } : {}), ...(nicknames ? { nicknames } : {}) };
  return new TextEncoder().encode(
    `${JSON.stringify({ version: 1, head: stored })}\n${JSON.stringify(people)}\n`,
  );
}

function parse(line: string | undefined, what: string): Record<string, unknown> {
  try {
    const value = JSON.parse(line ?? '');
    if (typeof value === 'object' && value !== null) return value;
  } catch (error) {
    throw new Error(`has no valid ${what} (${(error as Error).message})`);
  }
  throw new Error(`has no valid ${what}`);
}

/** The head line of a workshop's file, checked against the file's name; any doubt throws the reason. */
export function decodeHead(id: string, bytes: Buffer): StoredHead {
  const end = bytes.indexOf(10);
  const line = parse(bytes.toString('utf8', 0, end < 0 ? bytes.length : end), 'head line');
  const head = line.head as StoredHead | undefined;
  if (line.version !== 1 || !isHead(head) || typeof head.participants !== 'number') {
    throw new Error('has an unknown format');
  }
  if (head.workshop.id !== id) throw new Error(`holds workshop ${head.workshop.id}`);
  return head;
}

/** A whole workshop: its head and its people. */
export function decodeWorkshop(id: string, bytes: Buffer): WorkshopEntry {
  const { participants: _, ...head } = decodeHead(id, bytes);
  const people = parse(bytes.toString('utf8', bytes.indexOf(10) + 1).trimEnd(), 'people line');
  const entry = { ...head, ...people } as WorkshopEntry;
  if (!isEntry(entry)) throw new Error('has an unknown format');
  return entry;
}

function isHead(value: unknown): value is WorkshopHead {
  const head = value as WorkshopHead | undefined;
  return (
    typeof head?.workshop?.id === 'string' &&
    typeof head.joinCode === 'string' &&
    typeof head.createdAt === 'string'
  );
}

/** The fields every reader of a whole entry relies on. */
export function isEntry(value: unknown): value is WorkshopEntry {
  return isHead(value) && Array.isArray((value as WorkshopEntry).attendance);
}

/** How many workshop files are read at once at start: enough to keep the disk busy, few descriptors. */
const READ_CONCURRENCY = 32;

/** What start-up found: open workshops whole, closed ones by their head, damaged files. */
export interface RegistryRead {
  open: WorkshopEntry[];
  closed: StoredHead[];
  damaged: DamagedWorkshop[];
}

/**
 * Reads the registry at start: the head of every workshop file, and the whole file only for
 * open workshops, so 10,000 closed workshops cost a few KB each to index and nothing of their
 * attendance stays in memory. A damaged or unreadable file is reported, not fatal, so one bad
 * file cannot take the other workshops down; temporary files a crash left mid-write are removed
 * (their rename never happened, so nothing acknowledged was in them).
 */
export async function readRegistry(
  fs: StoreFs,
  dir: string,
  names: readonly string[],
): Promise<RegistryRead> {
  const found: RegistryRead = { open: [], closed: [], damaged: [] };
  const ids: string[] = [];
  for (const name of names) {
    if (name.includes('.json.tmp-')) await fs.remove(join(dir, name));
    else if (name.endsWith('.json')) ids.push(name.slice(0, -'.json'.length));
  }
  const readOne = async (id: string) => {
    const path = workshopPath(dir, id);
    let bytes = await fs.readStart(path, HEAD_READ_BYTES);
    if (!bytes) return;
    if (!bytes.includes(10)) bytes = (await fs.read(path)) ?? bytes;
    const head = decodeHead(id, bytes);
    if (head.workshop.status === 'closed') return void found.closed.push(head);
    found.open.push(decodeWorkshop(id, (await fs.read(path)) ?? bytes));
  };
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++] as string;
      await readOne(id).catch((error: Error) => void found.damaged.push({ id, reason: error.message }));
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return found;
}
