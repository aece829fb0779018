import { performance } from 'node:perf_hooks';
import { putNote } from '@chiiki/model';
import { sleep, until } from '../stats';
import { BenchClient } from './client';
import { type BenchRoom, benchNote, openRoom } from './rooms';
import type { BenchServer } from './servers';
import { DeliveryTracker } from './tracker';

/** A live room with its receivers connected, kept open for the memory reading and the commands. */
export interface LiveRoom {
  room: BenchRoom;
  writer: BenchClient;
  receivers: BenchClient[];
  tracker: DeliveryTracker;
  close(): void;
}

/** Connects `count` receivers and the facilitator's writer to a new room, all synced. */
export async function openLiveRoom(server: BenchServer, count: number): Promise<LiveRoom> {
  const room = await openRoom(server, count);
  const tracker = new DeliveryTracker();
  const receivers = room.readerUrls.map(
    (url) => new BenchClient(url, { onNote: (id, at) => tracker.arrived(id, at) }),
  );
  await Promise.all(receivers.map((r) => r.synced));
  const writer = new BenchClient(room.writerUrl, { writer: true });
  await writer.synced;
  return {
    room,
    writer,
    receivers,
    tracker,
    close() {
      for (const c of [writer, ...receivers]) c.close();
    },
  };
}

/**
 * The facilitator writes `notes` notes at `perSecond` (on a fixed schedule, so a slow delivery
 * does not slow the writer down); each receiver stamps its arrival. Returns the note ids sent.
 */
export async function writeNotes(live: LiveRoom, notes: number, perSecond: number): Promise<string[]> {
  const ids: string[] = [];
  const interval = 1000 / perSecond;
  const start = performance.now();
  for (let i = 0; i < notes; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const id = `live-${i}`;
    ids.push(id);
    live.tracker.sent(id);
    putNote(live.writer.doc, benchNote(live.room.id, id, i));
  }
  const everyone = live.receivers.length;
  const last = ids.at(-1) ?? '';
  await until(() => live.tracker.count(last) >= everyone, 'last note on every receiver', 30_000).catch(
    () => undefined,
  );
  await sleep(500);
  return ids;
}

/**
 * Our server only: a participant's addNote command over HTTP until the note is on every
 * receiver, one command at a time, rotating through the joined participants.
 */
export async function sendCommands(
  server: BenchServer,
  live: LiveRoom,
  count: number,
  send: (token: string, noteId: string) => Promise<void>,
): Promise<string[]> {
  const ids: string[] = [];
  const tokens = live.room.participantTokens;
  let failed = 0;
  for (let i = 0; i < count; i++) {
    const id = `cmd-${i}-${Math.random().toString(36).slice(2, 8)}`;
    live.tracker.sent(id);
    try {
      await send(tokens[i % tokens.length] ?? '', id);
      await until(
        () => live.tracker.count(id) >= live.receivers.length,
        `${server.name}: command ${i} seen`,
        10_000,
        1,
      );
      ids.push(id);
    } catch (error) {
      // A refused or lost command is reported, not timed: the figure covers commands that arrived.
      if (failed++ === 0) console.warn(`  command ${i} failed: ${(error as Error).message}`);
    }
    await sleep(20);
  }
  if (failed > 0) console.warn(`  ${failed} of ${count} commands failed or were not seen by every receiver`);
  return ids;
}
