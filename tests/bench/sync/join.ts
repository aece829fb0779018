import { performance } from 'node:perf_hooks';
import { putNote } from '@chiiki/model';
import { sleep, until } from '../stats';
import { BenchClient } from './client';
import { type BenchRoom, benchNote, openRoom } from './rooms';
import type { BenchServer } from './servers';

/** A room holding many notes and the writer that filled it (kept open so the room stays loaded). */
export interface FilledRoom {
  room: BenchRoom;
  writer: BenchClient;
}

/**
 * Fills a room with `notes` notes from the facilitator's writer, 100 per update (a realistic
 * burst, well under the 1 MiB frame limit), and waits until a fresh replica sees all of them.
 */
export async function fillRoom(server: BenchServer, notes: number, readers: number): Promise<FilledRoom> {
  const room = await openRoom(server, readers);
  const writer = new BenchClient(room.writerUrl, { writer: true });
  await writer.synced;
  for (let start = 0; start < notes; start += 100) {
    writer.doc.transact(() => {
      for (let i = start; i < Math.min(notes, start + 100); i++)
        putNote(writer.doc, benchNote(room.id, `fill-${i}`, i));
    });
    await sleep(15);
  }
  const probe = new BenchClient(room.readerUrls[0] ?? room.writerUrl);
  await until(() => probe.noteCount() >= notes, `${server.name}: ${notes} notes stored`, 60_000, 20);
  probe.close();
  return { room, writer };
}

/**
 * Times joins of a filled room one after another: from opening the socket until the server's
 * full state is applied and holds every note (the tablet can draw the board).
 */
export async function measureJoins(
  server: BenchServer,
  filled: FilledRoom,
  notes: number,
): Promise<number[]> {
  const times: number[] = [];
  for (const url of filled.room.readerUrls) {
    const t0 = performance.now();
    const client = new BenchClient(url);
    const at = await Promise.race([client.synced, sleep(30_000).then(() => Number.NaN)]);
    if (client.noteCount() < notes)
      throw new Error(`${server.name}: joined with ${client.noteCount()} of ${notes} notes`);
    times.push(at - t0);
    client.close();
    await sleep(50);
  }
  return times;
}
