import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readRoomLog } from '../store/readRoomLog';
import type { AppliedCommand, LogRecord } from '../store/records';
import { RoomLog, type RoomLogOptions } from '../store/roomLog';
import type { StoreFs } from '../store/storeFs';
import { awarenessMessage, syncStep2Message, updateMessage } from './messages';
import type { Peer } from './peer';

const LOAD = Symbol('load');
/** Command ids remembered per room; far beyond a day's workshop, and bounded so memory is. */
const MAX_APPLIED = 100_000;
/** An empty Yjs update: a command that changed nothing still records that it was applied. */
const EMPTY_UPDATE = new Uint8Array([0, 0]);

/**
 * Marks a transaction made by the server: with a command id, its update is logged together with
 * it; without one (a reveal, an audit entry) as a plain update. Either way the caller can wait.
 */
class CommandOrigin {
  persisted: Promise<void> | undefined;
  constructor(readonly applied?: AppliedCommand) {}
}

/**
 * One workshop's live board in memory: its Y.Doc (loaded from the log before anyone is served),
 * its awareness, its connections and the ids of the commands already applied. Every change is
 * logged, and broadcast only once the log says it is on disk.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness: awarenessProtocol.Awareness;
  readonly peers = new Set<Peer>();
  readonly applied = new Map<string, AppliedCommand>();
  private log!: RoomLog;
  lastActive = Date.now();
  /** Set once the room started closing; late connections are told to reconnect. */
  closed = false;
  /** The answer to a sync request from an empty replica, until the doc next changes (syncAnswer). */
  private fullState: Uint8Array | undefined;

  private constructor(readonly id: string) {
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwareness);
  }

  /** Loads a room from its log; throws (leaving the file untouched) if the log cannot be read. */
  static async load(
    id: string,
    fs: StoreFs,
    path: string,
    options: RoomLogOptions,
    create: boolean,
  ): Promise<Room> {
    const room = new Room(id);
    try {
      const read = await readRoomLog(fs, path);
      if (!read.exists && !create) throw new Error(`${path} is missing`);
      room.doc.transact(() => {
        for (const record of read.records) {
          Y.applyUpdate(room.doc, record.update, LOAD);
          if (record.kind === 'command') room.applied.set(record.applied.commandId, record.applied);
          if (record.kind === 'snapshot') for (const a of record.applied) room.applied.set(a.commandId, a);
        }
      }, LOAD);
      room.log = await RoomLog.open(fs, path, read, () => room.snapshot(), options);
    } catch (error) {
      room.destroyMemory();
      throw error;
    }
    room.doc.on('update', room.onUpdate);
    return room;
  }

  /** True while the disk refuses writes: the room then refuses changes it could not persist. */
  get storeFailing(): boolean {
    return this.log.failing;
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    this.fullState = undefined;
    if (origin === LOAD) return;
    const record: LogRecord =
      origin instanceof CommandOrigin && origin.applied
        ? { kind: 'command', applied: origin.applied, update }
        : { kind: 'update', update };
    const persisted = this.log.append(record);
    if (origin instanceof CommandOrigin) origin.persisted = persisted;
    const except = this.peers.has(origin as Peer) ? (origin as Peer) : undefined;
    persisted.then(
      () => this.broadcast(updateMessage(update), except),
      () => except?.close(1013, 'store unavailable'),
    );
  };

  private readonly onAwareness = (
    change: { added: number[]; updated: number[]; removed: number[] },
    _origin: unknown,
  ) => {
    const clients = [...change.added, ...change.updated, ...change.removed];
    if (clients.length > 0) this.broadcast(awarenessMessage(this.awareness, clients));
  };

  /**
   * Sends a message to every connection (but one). It is encoded once by the caller and wrapped
   * as a Buffer once here, so `ws` need not make a Buffer view of it for every peer.
   */
  broadcast(message: Uint8Array, except?: Peer): void {
    const bytes = Buffer.isBuffer(message)
      ? message
      : Buffer.from(message.buffer, message.byteOffset, message.byteLength);
    for (const peer of this.peers) if (peer !== except) peer.send(bytes);
  }

  /**
   * Applies a command's change to the doc and resolves once both the change and the command id
   * are durable; the caller answers the client only then.
   */
  async applyCommand(applied: AppliedCommand, change: (doc: Y.Doc) => void): Promise<void> {
    const origin = new CommandOrigin(applied);
    this.doc.transact(() => change(this.doc), origin);
    this.applied.set(applied.commandId, applied);
    if (this.applied.size > MAX_APPLIED) this.applied.delete(this.applied.keys().next().value as string);
    this.lastActive = Date.now();
    await (origin.persisted ?? this.log.append({ kind: 'command', applied, update: EMPTY_UPDATE }));
  }

  /** Applies a server-made change with no command id and resolves once it is on disk. */
  async applyServer(change: (doc: Y.Doc) => void): Promise<void> {
    const origin = new CommandOrigin();
    this.doc.transact(() => change(this.doc), origin);
    this.lastActive = Date.now();
    await origin.persisted;
  }

  /**
   * Waits (bounded under constant load) until nothing the doc holds is waiting for the disk.
   * False when the disk is still failing at the end: the doc then holds edits that may never be
   * on disk, and the caller must not serve them (close 1013) rather than send them anyway.
   */
  async durable(attempts = 5, eachMs = 30_000): Promise<boolean> {
    for (let i = 0; i < attempts && this.log.busy; i++) await this.log.flushed(eachMs);
    return !(this.log.busy && this.log.failing);
  }

  /**
   * The answer to a sync request (see syncStep2Message). A tablet that joins with nothing cached
   * sends an empty state vector and gets the whole board: for 5,000 notes that encoding costs the
   * loop tens of ms and 1.5 MB of garbage, per join. So that answer is encoded once and reused
   * until the doc changes (onUpdate drops it, synchronously, before anything else sees the change).
   */
  syncAnswer(stateVector: Uint8Array): Uint8Array {
    const empty = stateVector.length === 1 && stateVector[0] === 0;
    if (empty && this.fullState) return this.fullState;
    const answer = syncStep2Message(this.doc, stateVector);
    if (empty) this.fullState = answer;
    return answer;
  }

  /** The whole room as one record, for compaction. */
  snapshot(): LogRecord {
    return { kind: 'snapshot', applied: [...this.applied.values()], update: Y.encodeStateAsUpdate(this.doc) };
  }

  /** Forgets a connection and the awareness state it spoke for. */
  removePeer(peer: Peer): void {
    this.peers.delete(peer);
    this.lastActive = Date.now();
    if (peer.clientId !== undefined && !this.ownedByOther(peer.clientId, peer)) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [peer.clientId], null);
    }
  }

  /** Whether another live connection speaks for this awareness client id. */
  ownedByOther(clientId: number, peer: Peer): boolean {
    for (const other of this.peers) {
      if (other !== peer && other.clientId === clientId) return true;
    }
    return false;
  }

  /** Closes every connection, flushes and compacts the log, and frees the doc. */
  async close(code = 1001, reason = 'room closed'): Promise<void> {
    this.closed = true;
    for (const peer of [...this.peers]) peer.close(code, reason);
    this.peers.clear();
    const settled = await this.log.flushed(5000);
    if (settled && !this.log.failing) await this.log.compact().catch(() => undefined);
    await this.log.close(0);
    this.destroyMemory();
  }

  private destroyMemory(): void {
    this.fullState = undefined;
    this.awareness.destroy();
    this.doc.destroy();
  }
}
