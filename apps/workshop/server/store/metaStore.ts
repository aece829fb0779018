import { join } from 'node:path';
import type { Attendance, Workshop } from '@chiiki/model';
import type { StoreFs } from './storeFs';

/** What the server keeps about a workshop beyond its board: join code, status, attendance. */
export interface WorkshopEntry {
  workshop: Workshop;
  joinCode: string;
  createdAt: string;
  closedAt?: string;
  attendance: Attendance[];
  /** Participants (and facilitators) who own a private doc: drafts in writing, hidden votes. */
  privateDocs?: string[];
  /** Nicknames chosen at join, kept server-side; exported only if `includeNicknames`. */
  nicknames?: Record<string, string>;
  /** The facilitator chose to include nicknames in exports. */
  includeNicknames?: boolean;
}

interface MetaFile {
  version: 1;
  workshops: WorkshopEntry[];
}

/** The metadata file could not be read: the server refuses to start rather than forget workshops. */
export class MetaLoadError extends Error {
  override readonly name = 'MetaLoadError';
}

/**
 * The workshops list, join codes and attendance, kept in one JSON file replaced atomically on
 * every change. Changes are rare (create, join, close), so a whole-file rewrite is cheap and
 * leaves no partial state after a crash.
 */
export class MetaStore {
  private readonly byId = new Map<string, WorkshopEntry>();
  private readonly byCode = new Map<string, WorkshopEntry>();
  private chain: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;

  private constructor(
    private readonly fs: StoreFs,
    private readonly path: string,
  ) {}

  /** Loads the file; a missing file is an empty store, an unreadable one refuses to start. */
  static async load(fs: StoreFs, dataDir: string): Promise<{ store: MetaStore; fresh: boolean }> {
    const store = new MetaStore(fs, join(dataDir, 'workshops.json'));
    const buf = await fs.read(store.path);
    if (!buf) return { store, fresh: true };
    let parsed: MetaFile;
    try {
      parsed = JSON.parse(buf.toString('utf8')) as MetaFile;
    } catch (error) {
      throw new MetaLoadError(`${store.path} is not valid JSON: ${(error as Error).message}`);
    }
    if (parsed.version !== 1 || !Array.isArray(parsed.workshops)) {
      throw new MetaLoadError(`${store.path} has an unknown format`);
    }
    for (const entry of parsed.workshops) store.index(entry);
    return { store, fresh: false };
  }

  private index(entry: WorkshopEntry): void {
    this.byId.set(entry.workshop.id, entry);
    this.byCode.set(entry.joinCode, entry);
  }

  /** One workshop by id. */
  get(id: string): WorkshopEntry | undefined {
    return this.byId.get(id);
  }

  /** The open workshop holding a join code. */
  byJoinCode(code: string): WorkshopEntry | undefined {
    return this.byCode.get(code);
  }

  /** Every workshop, newest first. */
  list(): WorkshopEntry[] {
    return [...this.byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Whether a join code is taken (closed workshops keep theirs, so old QR codes never reopen). */
  hasCode(code: string): boolean {
    return this.byCode.has(code);
  }

  /** Adds a workshop and waits until it is on disk. */
  add(entry: WorkshopEntry): Promise<void> {
    this.index(entry);
    return this.save();
  }

  /** Changes a workshop and waits until it is on disk. */
  update(id: string, change: (entry: WorkshopEntry) => void): Promise<void> {
    const entry = this.byId.get(id);
    if (!entry) return Promise.reject(new Error(`unknown workshop ${id}`));
    change(entry);
    return this.save();
  }

  /**
   * Writes the whole file. Writes are chained so the file always holds a complete, newer state,
   * and changes made while a write is in flight share the next one (a burst of 60 joins costs
   * two writes, not sixty).
   */
  save(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.chain.then(() => {
      this.queued = undefined;
      const file: MetaFile = { version: 1, workshops: [...this.byId.values()] };
      return this.fs.writeAtomic(this.path, new TextEncoder().encode(JSON.stringify(file)));
    });
    this.queued = next;
    this.chain = next.catch(() => undefined);
    return next;
  }
}
