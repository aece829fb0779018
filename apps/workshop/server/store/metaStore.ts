import { join } from 'node:path';
import type { Attendance, Workshop } from '@chiiki/model';
import { RoomUnavailableError } from '../sync/rooms';
import { migrateLegacy } from './migrateLegacy';
import type { StoreFs } from './storeFs';
import {
  type DamagedWorkshop,
  encodeWorkshop,
  readWorkshops,
  WORKSHOPS_DIR,
  workshopPath,
} from './workshopFiles';

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

/** The writes of one workshop's file: chained, and changes made during a write share the next. */
interface FileWrites {
  chain: Promise<void>;
  queued: Promise<void> | undefined;
}

/** What the start found: a new data directory (seed it?), workshops converted, files refused. */
export interface MetaLoad {
  store: MetaStore;
  fresh: boolean;
  migrated: number;
  damaged: DamagedWorkshop[];
}

/**
 * The workshops list, join codes and attendance: one file per workshop under
 * `DATA_DIR/workshops/`, each replaced atomically when that workshop changes, so a create, join
 * or close writes one workshop's few KB however many workshops the city has run (decision 0022).
 * Every file is read at start to index join codes; a file that cannot be read refuses its own
 * workshop (503), never the others.
 */
export class MetaStore {
  private readonly byId = new Map<string, WorkshopEntry>();
  private readonly byCode = new Map<string, WorkshopEntry>();
  private readonly damaged = new Map<string, string>();
  private readonly writes = new Map<string, FileWrites>();

  private constructor(
    private readonly fs: StoreFs,
    private readonly dir: string,
  ) {}

  /**
   * Converts an old `workshops.json` if there is one, then reads every workshop file. A damaged
   * old registry refuses to start (MetaLoadError); a damaged workshop file is listed in `damaged`.
   */
  static async load(fs: StoreFs, dataDir: string): Promise<MetaLoad> {
    const dir = join(dataDir, WORKSHOPS_DIR);
    const existed = (await fs.list(dir)) !== undefined;
    await fs.mkdir(dir);
    const migrated = await migrateLegacy(fs, dataDir, dir);
    const store = new MetaStore(fs, dir);
    const { entries, damaged } = await readWorkshops(fs, dir, (await fs.list(dir)) ?? []);
    for (const entry of entries) store.index(entry);
    for (const { id, reason } of damaged) store.damaged.set(id, reason);
    return { store, fresh: !existed && migrated === 0, migrated, damaged };
  }

  private index(entry: WorkshopEntry): void {
    this.byId.set(entry.workshop.id, entry);
    this.byCode.set(entry.joinCode, entry);
  }

  /**
   * One workshop by id. A workshop whose file could not be read throws RoomUnavailableError, which
   * the API and the upgrade answer with 503: it exists, and must not be taken for unknown.
   */
  get(id: string): WorkshopEntry | undefined {
    const reason = this.damaged.get(id);
    if (reason !== undefined) throw new RoomUnavailableError(`workshop ${id}: its file ${reason}`);
    return this.byId.get(id);
  }

  /** The open workshop holding a join code. */
  byJoinCode(code: string): WorkshopEntry | undefined {
    return this.byCode.get(code);
  }

  /** Every readable workshop, newest first. */
  list(): WorkshopEntry[] {
    return [...this.byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Whether a join code is taken (closed workshops keep theirs, so old QR codes never reopen). */
  hasCode(code: string): boolean {
    return this.byCode.has(code);
  }

  /** Adds a workshop and waits until its file is on disk. */
  add(entry: WorkshopEntry): Promise<void> {
    this.index(entry);
    return this.write(entry.workshop.id);
  }

  /** Changes a workshop and waits until its file is on disk. */
  update(id: string, change: (entry: WorkshopEntry) => void): Promise<void> {
    const entry = this.get(id);
    if (!entry) return Promise.reject(new Error(`unknown workshop ${id}`));
    change(entry);
    return this.write(id);
  }

  /** Waits for every write in flight (shutdown). */
  async flush(): Promise<void> {
    await Promise.all([...this.writes.values()].map((w) => w.chain));
  }

  /**
   * Writes one workshop's file. Its writes are chained so the file always holds a complete,
   * newer state, and changes made while a write is in flight share the next one (a burst of 60
   * joins costs two writes, not sixty). Workshops write independently of each other.
   */
  private write(id: string): Promise<void> {
    let writes = this.writes.get(id);
    if (writes?.queued) return writes.queued;
    writes ??= { chain: Promise.resolve(), queued: undefined };
    this.writes.set(id, writes);
    const own = writes;
    const next = own.chain.then(() => {
      own.queued = undefined;
      const entry = this.byId.get(id) as WorkshopEntry;
      return this.fs.writeAtomic(workshopPath(this.dir, id), encodeWorkshop(entry));
    });
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    own.queued = next;
    own.chain = settled;
    void settled.then(() => {
      if (own.chain === settled) this.writes.delete(id);
    });
    return next;
  }
}
