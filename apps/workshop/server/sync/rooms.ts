import { join } from 'node:path';
import type { RoomLogOptions } from '../store/roomLog';
import type { StoreFs } from '../store/storeFs';
import { Room } from './room';

/** A room whose stored state could not be loaded: served as 503, the file left as it was. */
export class RoomUnavailableError extends Error {
  override readonly name = 'RoomUnavailableError';
}

/** How long a room with no connections and no commands stays in memory. */
export interface RoomsOptions extends RoomLogOptions {
  idleMs: number;
}

/**
 * The rooms in memory. A room is loaded once (concurrent callers share the load), served only
 * after its state is loaded, and flushed and dropped after it has been idle for a while.
 */
export class Rooms {
  private readonly live = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly closing = new Map<string, Promise<void>>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly fs: StoreFs,
    private readonly dir: string,
    private readonly options: RoomsOptions,
  ) {
    this.sweeper = setInterval(() => void this.sweep(), Math.max(250, Math.min(options.idleMs, 10_000)));
    this.sweeper.unref();
  }

  /** The log file of a room (ids are URL-safe, so they are safe file names). */
  pathOf(id: string): string {
    return join(this.dir, `${id}.ylog`);
  }

  /**
   * The room, loading it first if needed; throws RoomUnavailableError if its state can't be read.
   * Only creating a workshop may start a room from nothing: for a listed workshop a missing file
   * means lost data, and serving an empty board over it would hide that.
   */
  async get(id: string, create = false): Promise<Room> {
    const room = this.live.get(id);
    if (room) {
      room.lastActive = Date.now();
      return room;
    }
    let pending = this.loading.get(id);
    if (!pending) {
      pending = this.load(id, create).finally(() => this.loading.delete(id));
      this.loading.set(id, pending);
    }
    return pending;
  }

  /** A room only if it is already in memory. */
  peek(id: string): Room | undefined {
    return this.live.get(id);
  }

  private async load(id: string, create: boolean): Promise<Room> {
    await this.closing.get(id);
    try {
      await this.fs.mkdir(this.dir);
      const room = await Room.load(id, this.fs, this.pathOf(id), this.options, create);
      this.live.set(id, room);
      return room;
    } catch (error) {
      this.options.onError(error);
      throw new RoomUnavailableError(`room ${id} could not be loaded: ${(error as Error).message}`);
    }
  }

  private async sweep(): Promise<void> {
    const now = Date.now();
    for (const room of [...this.live.values()]) {
      if (room.peers.size === 0 && now - room.lastActive >= this.options.idleMs) await this.evict(room.id);
    }
  }

  /** Flushes a room and drops it from memory (closing its connections). */
  async evict(id: string, code?: number, reason?: string): Promise<void> {
    const room = this.live.get(id);
    if (!room) return;
    this.live.delete(id);
    const closing = room.close(code, reason).finally(() => this.closing.delete(id));
    this.closing.set(id, closing);
    await closing;
  }

  /** Flushes and closes every room: the shutdown path. */
  async closeAll(): Promise<void> {
    clearInterval(this.sweeper);
    await Promise.all([...this.loading.values()].map((p) => p.catch(() => undefined)));
    await Promise.all([...this.live.keys()].map((id) => this.evict(id, 1001, 'server shutting down')));
  }
}
