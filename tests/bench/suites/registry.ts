import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKSHOP_PAGE } from '@chiiki/model';
import { removeDir, startServer, type TestServer } from '../../src/harness';
import { SIZES } from '../config';
import type { Figure } from '../figures';
import { median } from '../measure';
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

/** One page of the workshop list, as the operator's token gets it. */
async function listPage(server: TestServer, query: string): Promise<{ next: string | null }> {
  const res = await fetch(`${server.url}/api/workshops${query}`, {
    headers: { authorization: `Bearer ${server.adminToken}` },
  });
  if (!res.ok) throw new Error(`bench: GET /api/workshops${query} answered ${res.status}`);
  return (await res.json()) as { next: string | null };
}

/** Median ms of 20 GETs of one list page, after a warm-up request. */
async function timedPage(server: TestServer, query: string): Promise<number> {
  await listPage(server, query);
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await listPage(server, query);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The list's first page, and the page after the start of its last 500 (found by paging through). */
async function timedPages(server: TestServer) {
  let last = { query: '', position: 0 };
  for (let page = await listPage(server, `?limit=${WORKSHOP_PAGE.max}`); page.next !== null; ) {
    last = { query: `?after=${page.next}`, position: last.position + WORKSHOP_PAGE.max };
    page = await listPage(server, `?limit=${WORKSHOP_PAGE.max}&after=${page.next}`);
  }
  return {
    first: await timedPage(server, ''),
    deep: await timedPage(server, last.query),
    position: last.position,
  };
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
    const pages = await timedPages(server);
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
        name: `registry: GET /api/workshops, first page of ${WORKSHOP_PAGE.size}, ${label}, median`,
        value: pages.first,
        unit: 'ms',
        goal: '—',
      },
      {
        name: `registry: GET /api/workshops, the page after the ${pages.position.toLocaleString('en-US')}th (?after=), ${label}, median`,
        value: pages.deep,
        unit: 'ms',
        goal: '—',
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
