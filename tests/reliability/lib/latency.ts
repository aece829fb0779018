import { putNote } from '@chiiki/model';
import type { Tablet } from './tablet';
import { percentile, sleep } from './wait';
import { facilitatorNote } from './writers';

/** Note propagation times (ms) from a writer to a reader, with their p50/p99. */
export interface LatencySample {
  count: number;
  p50: number;
  p99: number;
  max: number;
  /** Notes the reader never received (counted in the samples at the time they waited). */
  lost: number;
}

/**
 * Measures a room's normal traffic: the writer adds a note every `everyMs`, and the time until the
 * reader receives it (through the server, after its fsync) is one sample. Runs until `stop()`
 * resolves; notes still in flight at the end count as the time they have waited so far.
 */
export async function measureLatency(
  writer: Tablet,
  reader: Tablet,
  workshopId: string,
  everyMs: number,
  stop: Promise<unknown>,
): Promise<LatencySample> {
  const sent = new Map<string, number>();
  const samples: number[] = [];
  reader.onRemoteNote = (id) => {
    const at = sent.get(id);
    if (at === undefined) return;
    samples.push(performance.now() - at);
    sent.delete(id);
  };
  let done = false;
  void stop.then(() => {
    done = true;
  });
  for (let i = 0; !done; i++) {
    const note = facilitatorNote(workshopId, `latency ${i}`, i);
    sent.set(note.id, performance.now());
    putNote(writer.doc, note);
    await sleep(everyMs);
  }
  await sleep(1000);
  const lost = sent.size;
  for (const at of sent.values()) samples.push(performance.now() - at);
  reader.onRemoteNote = undefined;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    count: samples.length,
    p50: round(percentile(samples, 50)),
    p99: round(percentile(samples, 99)),
    max: round(Math.max(...samples)),
    lost,
  };
}
