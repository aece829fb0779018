import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { quietSyncStep2 } from './quietSyncStep2';

const MESSAGE_SYNC = 0;
const providers: WebsocketProvider[] = [];

function unconnected(doc: Y.Doc): WebsocketProvider {
  const provider = new WebsocketProvider('ws://127.0.0.1:9', 'room', doc, {
    connect: false,
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  providers.push(provider);
  return provider;
}

/** Feeds one sync message to the provider as y-websocket's readMessage would. */
function receive(provider: WebsocketProvider, write: (encoder: encoding.Encoder) => void): void {
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, MESSAGE_SYNC);
  write(message);
  const decoder = decoding.createDecoder(encoding.toUint8Array(message));
  decoding.readVarUint(decoder);
  provider.messageHandlers[MESSAGE_SYNC]?.(encoding.createEncoder(), decoder, provider, true, MESSAGE_SYNC);
}

function serverWith(notes: number): Y.Doc {
  const server = new Y.Doc();
  for (let i = 0; i < notes; i++) server.getMap('notes').set(`n${i}`, `note ${i}`);
  return server;
}

/** A fresh doc behind quietSyncStep2, with the origins of its `update` events and the count of reported step 2s. */
function watched() {
  const doc = new Y.Doc();
  const provider = unconnected(doc);
  const updates: unknown[] = [];
  doc.on('update', (_u: Uint8Array, origin: unknown) => updates.push(origin));
  const counter = { applied: 0 };
  quietSyncStep2(provider, () => counter.applied++);
  return { doc, provider, updates, counter };
}

afterEach(() => {
  for (const provider of providers.splice(0)) provider.destroy();
});

describe('quietSyncStep2', () => {
  it('applies a step 2 without emitting update, then reports the change once', () => {
    const { doc, provider, updates, counter } = watched();
    const server = serverWith(3);
    receive(provider, (e) => syncProtocol.writeSyncStep2(e, server, Y.encodeStateVector(doc)));
    expect(doc.getMap('notes').size).toBe(3);
    expect(updates).toEqual([]);
    expect(counter.applied).toBe(1);
    expect(provider.synced).toBe(true);
  });

  it('keeps the update listeners for live updates after a step 2', () => {
    const { doc, provider, updates, counter } = watched();
    const server = serverWith(1);
    receive(provider, (e) => syncProtocol.writeSyncStep2(e, server, Y.encodeStateVector(doc)));
    const before = Y.encodeStateVector(server);
    server.getMap('notes').set('live', 'a live note');
    receive(provider, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(server, before)));
    expect(doc.getMap('notes').get('live')).toBe('a live note');
    expect(updates).toEqual([provider]);
    expect(counter.applied).toBe(1);
  });

  it('reports nothing for a step 2 that brings nothing new', () => {
    const { doc, provider, counter } = watched();
    const server = serverWith(2);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    receive(provider, (e) => syncProtocol.writeSyncStep2(e, server, Y.encodeStateVector(doc)));
    expect(counter.applied).toBe(0);
  });
});
