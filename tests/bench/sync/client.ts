import { performance } from 'node:perf_hooks';
import { notesMap } from '@chiiki/model';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** What a bench client does besides syncing. */
export interface ClientOptions {
  /** Send this doc's local updates to the server (the facilitator's writer). */
  writer?: boolean;
  /** Called with a note id and the time it arrived, once per note added to the doc. */
  onNote?: (noteId: string, at: number) => void;
}

/**
 * A raw y-protocols client over `ws`: the y-websocket protocol without the provider's timers and
 * awareness, so a hundred receivers fit in one Node process and measure the server, not the client.
 */
export class BenchClient {
  readonly doc = new Y.Doc();
  readonly ws: WebSocket;
  /** Resolves with performance.now() when the server's full state (sync step 2) is applied. */
  readonly synced: Promise<number>;
  private markSynced: (at: number) => void = () => undefined;

  constructor(url: string, options: ClientOptions = {}) {
    this.synced = new Promise((done) => {
      this.markSynced = done;
    });
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    this.ws.on('error', () => undefined);
    this.ws.on('open', () => this.send((e) => syncProtocol.writeSyncStep1(e, this.doc)));
    this.ws.on('message', (data: Buffer) => this.receive(new Uint8Array(data)));
    if (options.writer) {
      this.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== this) this.send((e) => syncProtocol.writeUpdate(e, update));
      });
    }
    const onNote = options.onNote;
    if (onNote) {
      notesMap(this.doc).observe((event) => {
        const at = performance.now();
        for (const [key, change] of event.changes.keys) if (change.action === 'add') onNote(key, at);
      });
    }
  }

  private send(write: (encoder: encoding.Encoder) => void): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    write(encoder);
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(encoding.toUint8Array(encoder));
  }

  private receive(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== 0) return; // awareness and others: not measured
    const reply = encoding.createEncoder();
    encoding.writeVarUint(reply, 0);
    const step = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
    if (step === syncProtocol.messageYjsSyncStep2) this.markSynced(performance.now());
    if (encoding.length(reply) > 1 && this.ws.readyState === WebSocket.OPEN) {
      this.ws.send(encoding.toUint8Array(reply));
    }
  }

  /** Number of notes this replica holds. */
  noteCount(): number {
    return notesMap(this.doc).size;
  }

  /** Closes the socket and frees the doc. */
  close(): void {
    this.ws.terminate();
    this.doc.destroy();
  }
}
