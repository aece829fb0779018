import { join } from 'node:path';
import type { Attendance, Workshop } from '@chiiki/model';
import { RoomUnavailableError } from '../sync/rooms';
import { migrateLegacy } from './migrateLegacy';
import type { StoreFs } from './storeFs';
import {
  type DamagedWorkshop,
  decodeWorkshop,
  encodeWorkshop,
  readRegistry,
  WORKSHOPS_DIR,
  workshopPath,
} from './workshopFiles';

/** What the server always knows of a workshop: enough to list it, check a token, find a join code. */
export interface WorkshopHead {
  workshop: Workshop;
  joinCode: string;
  createdAt: string;
  closedAt?: string;
  /** The facilitator chose to include nicknames in exports. */
  includeNicknames?: boolean;
}

/** A whole workshop: its head and the people in it, kept server-side, never in the board doc. */
export interface WorkshopEntry extends WorkshopHead {
  attendance: Attendance[];
  /** Participants (and facilitators) who own a private doc: drafts in writing, hidden votes. */
  privateDocs?: string[];
  /** Nicknames chosen at join, kept server-side; exported only if `includeNicknames`. */
  nicknames?: Record<string, string>;
}

/** The head line of a workshop's file: the head and its participant count (for the list). */
export interface StoredHead extends WorkshopHead {
  participants: number;
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
 * Open workshops are held whole; closed ones only by their head, their people read from the
 * file when asked (an export, the facilitator's summary). A file that cannot be read refuses its
 * own workshop (503), never the others.
 */
export class MetaStore {
  private readonly live = new Map<string, WorkshopEntry>();
  private readonly closed = new Map<string, StoredHead>();
  private readonly byCode = new Map<string, string>();
  private readonly damaged = new Map<string, string>();
  private readonly writes = new Map<string, FileWrites>();
  private readonly loading = new Map<string, Promise<WorkshopEntry>>();

  private constructor(
    private readonly fs: StoreFs,
    private readonly dir: string,
  ) {}

  /**
   * Converts an old `workshops.json` if there is one, then reads the registry. A damaged old
   * registry refuses to start (MetaLoadError); a damaged workshop file is listed in `damaged`.
   */
  static async load(fs: StoreFs, dataDir: string): Promise<MetaLoad> {
    const dir = join(dataDir, WORKSHOPS_DIR);
    const existed = (await fs.list(dir)) !== undefined;
    await fs.mkdir(dir);
    const migrated = await migrateLegacy(fs, dataDir, dir);
    const store = new MetaStore(fs, dir);
    const { open, closed, damaged } = await readRegistry(fs, dir, (await fs.list(dir)) ?? []);
    for (const entry of open) store.keepLive(entry);
    for (const head of closed) store.keepClosed(head);
    for (const { id, reason } of damaged) store.damaged.set(id, reason);
    return { store, fresh: !existed && migrated === 0, migrated, damaged };
  }

  private keepLive(entry: WorkshopEntry): void {
    this.closed.delete(entry.workshop.id);
    this.live.set(entry.workshop.id, entry);
    this.byCode.set(entry.joinCode, entry.workshop.id);
  }

  private keepClosed(head: StoredHead): void {
    this.live.delete(head.workshop.id);
    this.closed.set(head.workshop.id, head);
    this.byCode.set(head.joinCode, head.workshop.id);
  }

  /**
   * One workshop's head by id. A workshop whose file could not be read throws
   * RoomUnavailableError, which the API and the upgrade answer with 503: it exists, and must not
   * be taken for unknown.
   */
  get(id: string): WorkshopHead | undefined {
    const reason = this.damaged.get(id);
    if (reason !== undefined) throw new RoomUnavailableError(`workshop ${id}: its file ${reason}`);
    return this.live.get(id) ?? this.closed.get(id);
  }

  /**
   * One whole workshop: the live entry of an open one, or a closed one's file read again (not
   * kept: a closed workshop's people are read for an export or a summary, then dropped).
   */
  async entry(id: string): Promise<WorkshopEntry | undefined> {
    if (!this.get(id)) return undefined;
    return this.live.get(id) ?? (await this.readWhole(id));
  }

  private readWhole(id: string): Promise<WorkshopEntry> {
    let loading = this.loading.get(id);
    if (!loading) {
      loading = (async () => {
        const bytes = await this.fs.read(workshopPath(this.dir, id));
        if (!bytes) throw new RoomUnavailableError(`workshop ${id}: its file is missing`);
        try {
          return decodeWorkshop(id, bytes);
        } catch (error) {
          throw new RoomUnavailableError(`workshop ${id}: its file ${(error as Error).message}`);
        }
      })().finally(() => this.loading.delete(id));
      this.loading.set(id, loading);
    }
    return loading;
  }

  /** How many people joined or were counted (the list shows it for every workshop). */
  participants(id: string): number {
    return this.live.get(id)?.attendance.length ?? this.closed.get(id)?.participants ?? 0;
  }

  /** The workshop holding a join code (closed ones too: the caller refuses those). */
  byJoinCode(code: string): WorkshopHead | undefined {
    const id = this.byCode.get(code);
    return id === undefined ? undefined : this.get(id);
  }

  /** Every readable workshop, newest first; two made in the same millisecond by id, so pages hold. */
  list(): WorkshopHead[] {
    const desc = (x: string, y: string) => (x < y ? 1 : x > y ? -1 : 0);
    return [...this.live.values(), ...this.closed.values()].sort(
      (a, b) => desc(a.createdAt, b.createdAt) || desc(a.workshop.id, b.workshop.id),
    );
  }

  /** Whether a join code is taken (closed workshops keep theirs, so old QR codes never reopen). */
  hasCode(code: string): boolean {
    return this.byCode.has(code);
  }

  /** Adds a workshop and waits until its file is on disk. */
  add(entry: WorkshopEntry): Promise<void> {
    this.keepLive(entry);
    return this.write(entry.workshop.id);
  }

  /**
   * Changes a workshop and waits until its file is on disk. If the write fails, `undo` takes the
   * change back out of memory (a join that answers 503 must not be kept and counted again when
   * the tablet retries); without it the change stays and goes to disk with the next write.
   */
  async update(
    id: string,
    change: (entry: WorkshopEntry) => void,
    undo?: (entry: WorkshopEntry) => void,
  ): Promise<void> {
    if (!this.get(id)) throw new Error(`unknown workshop ${id}`);
    let entry = this.live.get(id);
    if (!entry) {
      const whole = await this.readWhole(id);
      entry = this.live.get(id) ?? whole;
      this.keepLive(entry);
    }
    const changed = entry;
    change(changed);
    await this.write(id).catch((error) => {
      undo?.(changed);
      throw error;
    });
  }

  /** Waits for every write in flight (shutdown). */
  async flush(): Promise<void> {
    await Promise.all([...this.writes.values()].map((w) => w.chain));
  }

  /**
   * Writes one workshop's file. Its writes are chained so the file always holds a complete,
   * newer state, and changes made while a write is in flight share the next one (a burst of 60
   * joins costs two writes, not sixty). Workshops write independently of each other. Once a
   * closed workshop's last write is on disk, only its head stays in memory.
   */
  private write(id: string): Promise<void> {
    let writes = this.writes.get(id);
    if (writes?.queued) return writes.queued;
    writes ??= { chain: Promise.resolve(), queued: undefined };
    this.writes.set(id, writes);
    const own = writes;
    const next = own.chain.then(() => {
      own.queued = undefined;
      const entry = this.live.get(id) as WorkshopEntry;
      const bytes = encodeWorkshop(entry);
      return this.fs.writeAtomic(workshopPath(this.dir, id), bytes).then(() => entry);
    });
    const settled = next.then(
      (entry) => {
        if (own.chain !== settled || entry.workshop.status !== 'closed') return;
        const { attendance, privateDocs: _, nicknames: __, ...head } = entry;
        this.keepClosed({ ...head, participants: attendance.length });
      },
      () => undefined,
    );
    own.queued = next.then(() => undefined);
    own.chain = settled;
    void settled.then(() => {
      if (own.chain === settled) this.writes.delete(id);
    });
    return own.queued;
  }
}
