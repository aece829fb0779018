import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/**
 * A minimal y-websocket client for tests: it speaks the protocol message by message, so a test
 * can also send what a well-behaved client never would (a participant's raw update, a huge frame).
 */
export class SyncClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly ws: WebSocket;
  synced = false;
  closeCode: number | undefined;
  readonly opened: Promise<void>;
  readonly closed: Promise<number>;

  constructor(url: string, sendUpdates = true) {
    this.ws = new WebSocket(url);
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      this.ws.once('error', reject);
    });
    this.closed = new Promise((resolve) =>
      this.ws.on('close', (code) => {
        this.closeCode = code;
        resolve(code);
      }),
    );
    this.ws.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      this.ws.send(encoding.toUint8Array(encoder));
    });
    this.ws.on('message', (data: Buffer) => this.receive(new Uint8Array(data)));
    if (sendUpdates) {
      this.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== this) this.sendUpdate(update);
      });
    }
    onTestFinished(() => this.destroy());
  }

  private receive(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      const step = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
      if (step === syncProtocol.messageYjsSyncStep2) this.synced = true;
      if (encoding.length(encoder) > 1) this.ws.send(encoding.toUint8Array(encoder));
    } else if (type === 1) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
    }
  }

  /** Sends a raw Yjs update as a sync update message. */
  sendUpdate(update: Uint8Array): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeUpdate(encoder, update);
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(encoding.toUint8Array(encoder));
  }

  /** Publishes an awareness state for the given client id (our own by default). */
  sendAwareness(state: Record<string, unknown>, clientId = this.doc.clientID, clock = 1): void {
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
    this.ws.send(encoding.toUint8Array(encoder));
  }

  /** Closes the socket and frees the doc. */
  destroy(): void {
    this.ws.terminate();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** Waits until a condition holds, polling; fails with the message after the timeout. */
export async function until(check: () => boolean, message: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out: ${message}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Attempts an upgrade and returns the HTTP status it was refused with (or 101 if it opened). */
export function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('open', () => {
      resolve(101);
      ws.terminate();
    });
    ws.on('error', (error) => reject(error));
  });
}
