import { constants, writeSync } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The file operations the store performs; each can be made to fail by a fault hook. */
export type FsOp = 'read' | 'open' | 'write' | 'sync' | 'truncate' | 'rename' | 'mkdir' | 'remove';

/**
 * A fault hook runs before every file operation and may throw (or reject) to simulate a failed
 * load, a failed write or a full disk, so tests and the reliability suite can prove the store's
 * failure paths without a broken disk.
 */
export type FaultHook = (op: FsOp, path: string) => void | Promise<void>;

/** An append handle on one log file: the store's only way to change a file in place. */
export interface AppendFile {
  readonly path: string;
  write(data: Uint8Array, position: number): Promise<void>;
  /**
   * Writes and makes durable (write, then fdatasync): one call per group-commit batch, resolving
   * only once the bytes and the new size are on disk. The write only copies into the page cache,
   * so it is done in place (tens of µs) instead of costing a threadpool round trip that waited up
   * to 7 ms (p99) on a busy machine; the fdatasync, which can take 100+ ms, stays off the event
   * loop (decision 0010).
   */
  append(data: Uint8Array, position: number): Promise<void>;
  /** fdatasync: the data and the size reach the disk, without waiting for timestamps. */
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  size(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The store's window onto the disk. Every write path goes through here so a fault hook can
 * intercept it and so atomic replacement (temp, fsync, rename, fsync dir) is written once.
 */
export class StoreFs {
  constructor(private readonly fault?: FaultHook) {}

  private async check(op: FsOp, path: string): Promise<void> {
    if (this.fault) await this.fault(op, path);
  }

  /** Reads a whole file; a missing file reads as undefined (a new room), any other error throws. */
  async read(path: string): Promise<Buffer | undefined> {
    await this.check('read', path);
    return unlessMissing(readFile(path));
  }

  /** Reads up to `length` bytes from a file's start; a missing file reads as undefined. */
  async readStart(path: string, length: number): Promise<Buffer | undefined> {
    await this.check('read', path);
    const handle = await unlessMissing(open(path, 'r'));
    if (!handle) return undefined;
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  /** The names in a directory; a missing directory reads as undefined. */
  async list(path: string): Promise<string[] | undefined> {
    await this.check('read', path);
    return unlessMissing(readdir(path));
  }

  /** Renames a file (atomic within one file system); the caller syncs the directory when it must last. */
  async rename(from: string, to: string): Promise<void> {
    await this.check('rename', to);
    await rename(from, to);
  }

  /** Removes a file if it exists: a temporary file a crash left behind. */
  async remove(path: string): Promise<void> {
    await this.check('remove', path);
    await rm(path, { force: true });
  }

  /** Creates a directory (and parents). */
  async mkdir(path: string): Promise<void> {
    await this.check('mkdir', path);
    await mkdir(path, { recursive: true });
  }

  /** Opens a file for positioned writes, creating it if needed; never truncates it. */
  async openAppend(path: string): Promise<AppendFile> {
    await this.check('open', path);
    const handle = await open(path, constants.O_RDWR | constants.O_CREAT, 0o600);
    return wrapHandle(handle, path, (op) => this.check(op, path));
  }

  /**
   * Replaces a file atomically: a reader sees the old or the new bytes, never a mix. `syncDir:
   * false` leaves the directory's fsync to the caller, who writes many files and syncs once.
   */
  async writeAtomic(path: string, data: Uint8Array, { syncDir = true } = {}): Promise<void> {
    const temp = `${path}.tmp-${process.pid}-${Date.now()}`;
    try {
      await this.check('write', temp);
      const handle = await open(temp, 'w', 0o600);
      try {
        await writeAll(handle, data, 0);
        await this.check('sync', temp);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await this.check('rename', path);
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    if (syncDir) await this.syncDir(dirname(path));
  }

  /** Makes a rename durable: the directory entry itself must reach the disk. */
  async syncDir(path: string): Promise<void> {
    await this.check('sync', path);
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}

async function writeAll(handle: FileHandle, data: Uint8Array, position: number): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset, position + offset);
    offset += bytesWritten;
  }
}

/** Batches up to this size are copied into the page cache in place; a backlog after a disk fault goes to the threadpool. */
const SYNC_WRITE_MAX = 256 * 1024;

function writeAllSync(fd: number, data: Uint8Array, position: number): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset, position + offset);
}

function wrapHandle(handle: FileHandle, path: string, check: (op: FsOp) => Promise<void>): AppendFile {
  return {
    path,
    async write(data, position) {
      await check('write');
      await writeAll(handle, data, position);
    },
    async append(data, position) {
      await check('write');
      if (data.length <= SYNC_WRITE_MAX) writeAllSync(handle.fd, data, position);
      else await writeAll(handle, data, position);
      await check('sync');
      await handle.datasync();
    },
    async sync() {
      await check('sync');
      await handle.datasync();
    },
    async truncate(length) {
      await check('truncate');
      await handle.truncate(length);
    },
    size: async () => (await handle.stat()).size,
    close: () => handle.close(),
  };
}

/** What a file operation gives, or undefined when the file is missing (ENOENT); other errors throw. */
async function unlessMissing<T>(operation: Promise<T>): Promise<T | undefined> {
  try {
    return await operation;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
