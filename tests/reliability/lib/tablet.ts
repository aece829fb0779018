import { notesMap } from '@chiiki/model';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { sleep } from './wait';

/** Marks changes that arrived from the server, as opposed to the tablet's own writes. */
export const REMOTE = Symbol('remote');

/** How a tablet connects: a URL (re-read on each reconnect), whether it writes, and its address. */
export interface TabletOptions {
  url: () => string;
  /** Facilitators write the doc directly; participants are read replicas. */
  writer: boolean;
  /** Keep reconnecting after a close until stop(); default true. */
  reconnect?: boolean;
  localAddress?: string;
}

/**
 * A simulated tablet speaking the y-websocket protocol message by message. It records which notes
 * it has *seen* from the server, the set the crash test holds the server to: the server persists
 * before it broadcasts, so anything a tablet saw must survive any crash.
 */
export class Tablet {
  readonly doc = new Y.Doc();
  /** Presence as the server relays it (the tablet publishes none of its own unless told to). */
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Note ids that reached this tablet from the server. */
  readonly seen = new Set<string>();
  synced = false;
  connects = 0;
  lastClose: number | undefined;
  /** Called with each note id the server sent, at the moment it arrived. */
  onRemoteNote: ((id: string) => void) | undefined;
  /** While true the tablet does not reconnect (a crash test's checker must see the server alone). */
  hold = false;
  private ws: WebSocket | undefined;
  private stopped = false;

  constructor(private readonly options: TabletOptions) {
    this.awareness.setLocalState(null);
    notesMap(this.doc).observe((event, tr) => {
      if (tr.origin !== REMOTE) return;
      for (const [id, change] of event.changes.keys) {
        if (change.action === 'delete') continue;
        this.seen.add(id);
        this.onRemoteNote?.(id);
      }
    });
    if (options.writer) {
      this.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== REMOTE) this.send(syncMessage((e) => syncProtocol.writeUpdate(e, update)));
      });
    }
  }

  /** Connects (and, unless told otherwise, keeps reconnecting until stop()). */
  start(): this {
    this.connect();
    return this;
  }

  get open(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  private connect(): void {
    if (this.stopped) return;
    if (this.hold) {
      void sleep(50).then(() => this.connect());
      return;
    }
    this.synced = false;
    const ws = new WebSocket(this.options.url(), {
      perMessageDeflate: false,
      ...(this.options.localAddress ? { localAddress: this.options.localAddress } : {}),
    });
    this.ws = ws;
    ws.binaryType = 'nodebuffer';
    ws.on('open', () => {
      this.connects += 1;
      ws.send(syncMessage((e) => syncProtocol.writeSyncStep1(e, this.doc)));
    });
    ws.on('message', (data: Buffer) => this.receive(ws, new Uint8Array(data)));
    ws.on('error', () => undefined);
    ws.on('close', (code) => {
      this.lastClose = code;
      this.synced = false;
      if (this.options.reconnect !== false && !this.stopped) {
        void sleep(100 + Math.random() * 200).then(() => this.connect());
      }
    });
  }

  private receive(ws: WebSocket, data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === 1) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), REMOTE);
      return;
    }
    if (type !== 0) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    const step = syncProtocol.readSyncMessage(decoder, encoder, this.doc, REMOTE);
    if (step === syncProtocol.messageYjsSyncStep2) this.synced = true;
    if (encoding.length(encoder) > 1 && ws.readyState === WebSocket.OPEN)
      ws.send(encoding.toUint8Array(encoder));
  }

  /** Sends raw bytes if connected (false if not). */
  send(message: Uint8Array): boolean {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(message);
    return true;
  }

  /** Closes for good and frees the doc. */
  stop(): void {
    this.stopped = true;
    this.ws?.terminate();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** A sync-protocol message (outer type 0) written by `write`. */
export function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** An awareness message (outer type 1) speaking for `clientId` with the given state. */
export function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

/** The sync URL of a workshop for a token. */
export function syncUrl(base: string, workshopId: string, token: string): string {
  return `${base.replace(/^http/, 'ws')}/sync/${workshopId}?token=${encodeURIComponent(token)}`;
}
