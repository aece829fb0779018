import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeDir, startServer } from '../../src/harness';
import { SIZES } from '../config';
import type { Figure } from '../figures';
import {
  createWorkshop,
  joinResidents,
  RESIDENTS,
  registryOf,
  registryWrites,
  snapshot,
} from '../registry/dataDir';
import { processRssMiB } from '../sync/servers';

/** How long the server takes from spawn to "listening on" with the given data directory. */
async function timedStart(dataDir: string) {
  const started = performance.now();
  const server = await startServer({ dataDir, startTimeoutMs: 120_000 });
  return { server, ms: performance.now() - started };
}

/**
 * The workshop registry at a city's scale (decision 0022): a server holding years of closed
 * 60-resident workshops must start quickly, stay small, and write one workshop's file per join,
 * not the whole registry. Start and RSS are compared with an empty data directory in the same
 * run, alternating, so the machine's load hits both alike.
 */
export async function registrySuite(): Promise<Figure[]> {
  const n = SIZES.registryWorkshops;
  const full = await registryOf(n);
  const empty = mkdtempSync(join(tmpdir(), 'chiiki-registry-empty-'));
  try {
    const starts: { empty: number[]; full: number[] } = { empty: [], full: [] };
    const rss: { empty: number[]; full: number[] } = { empty: [], full: [] };
    for (let round = 0; round < 2; round++) {
      for (const [kind, dataDir] of [
        ['empty', empty],
        ['full', full],
      ] as const) {
        const { server, ms } = await timedStart(dataDir);
        starts[kind].push(ms);
        rss[kind].push(processRssMiB(server.pid));
        await server.stop();
      }
    }
    const { server } = await timedStart(full);
    const w = await createWorkshop(server);
    await joinResidents(server, w.joinCode, RESIDENTS - 1);
    const before = snapshot(full);
    await joinResidents(server, w.joinCode, 1);
    const join = registryWrites(full, before);
    await server.stop();
    const best = (values: number[]) => Math.min(...values);
    const label = `${n.toLocaleString('en-US')} closed ${RESIDENTS}-resident workshops`;
    return [
      {
        name: 'registry: server start, empty (spawn → listening)',
        value: best(starts.empty),
        unit: 'ms',
        goal: '—',
      },
      {
        name: `registry: server start, ${label} (spawn → listening)`,
        value: best(starts.full),
        unit: 'ms',
        goal: `≤ empty + 2,000 ms (${Math.round(best(starts.empty) + 2000)} ms)`,
        met: best(starts.full) <= best(starts.empty) + 2000,
      },
      { name: 'registry: server RSS after start, empty', value: best(rss.empty), unit: 'MiB', goal: '—' },
      {
        name: `registry: server RSS after start, ${label}`,
        value: best(rss.full),
        unit: 'MiB',
        goal: `≤ empty + 64 MiB (${Math.round(best(rss.empty) + 64)} MiB)`,
        met: best(rss.full) <= best(rss.empty) + 64,
      },
      {
        name: `registry: bytes written by the ${RESIDENTS}th join, ${label}`,
        value: join.bytes,
        unit: 'bytes',
        goal: `≤ 32,768 in 1 file (${join.files} written)`,
        met: join.bytes <= 32_768 && join.files === 1,
      },
    ];
  } finally {
    removeDir(full);
    removeDir(empty);
  }
}
