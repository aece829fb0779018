import { SIZES } from '../config';
import type { Figure } from '../figures';
import { latencySummary } from '../stats';
import { pool, runScenario, type ServerResult } from '../sync/scenario';
import { type BenchServer, startAnchor, startOurs } from '../sync/servers';

async function measure(start: () => Promise<BenchServer>): Promise<ServerResult> {
  const server = await start();
  try {
    return await runScenario(server);
  } finally {
    await server.stop();
  }
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const median = (values: number[]) => latencySummary(values).p50;

/**
 * Issue 3's sync figures, side by side with plain @y/websocket-server in the same run: our
 * server persists (fsync) before it broadcasts and checks every token, the anchor keeps
 * everything in memory, so the ratios show what durability and the rules cost.
 */
export async function syncSuite(): Promise<Figure[]> {
  // Alternating rounds, pooled: a noisy minute on the shared machine hits both servers alike.
  const anchorRounds: ServerResult[] = [];
  const ourRounds: ServerResult[] = [];
  for (let round = 0; round < SIZES.syncRounds; round++) {
    anchorRounds.push(await measure(startAnchor));
    ourRounds.push(await measure(startOurs));
  }
  const a0 = pool(anchorRounds);
  const o0 = pool(ourRounds);
  const summary = (x: ServerResult) => ({
    perDelivery: latencySummary(x.perDelivery),
    untilAll: latencySummary(x.untilAll),
    join: latencySummary(x.join),
    rssMiB: median(x.rssMiB),
    commandsUntilAll: latencySummary(x.commandsUntilAll),
  });
  const anchor = summary(a0);
  const ours = summary(o0);
  const r = SIZES.receivers;
  const rate = SIZES.notesPerSecond;
  const figures: Figure[] = [];
  for (const [label, key] of [
    ['per delivery', 'perDelivery'],
    ['until all have it', 'untilAll'],
  ] as const) {
    for (const p of ['p50', 'p95', 'p99'] as const) {
      const base = `sync: note → ${r} receivers at ${rate}/s, ${label}, ${p}`;
      const a = anchor[key][p];
      const o = ours[key][p];
      figures.push({ name: `${base} (anchor)`, value: a, unit: 'ms', goal: '—' });
      const goal = p === 'p99' ? 1.1 : undefined;
      figures.push({
        name: `${base} (ours)`,
        value: o,
        unit: 'ms',
        goal: goal ? `≤ 1.1× anchor (${ms(a * goal)})` : `— (${(o / a).toFixed(2)}× anchor)`,
        met: goal ? o <= a * goal : undefined,
      });
    }
  }
  const n = SIZES.joinNotes;
  figures.push(
    { name: `sync: join a ${n}-note room, p50 (anchor)`, value: anchor.join.p50, unit: 'ms', goal: '—' },
    {
      name: `sync: join a ${n}-note room, p50 (ours)`,
      value: ours.join.p50,
      unit: 'ms',
      goal: `≤ 1.0× anchor (${ms(anchor.join.p50)})`,
      met: ours.join.p50 <= anchor.join.p50,
    },
    { name: 'sync: server RSS, both rooms loaded (anchor)', value: anchor.rssMiB, unit: 'MiB', goal: '—' },
    {
      name: 'sync: server RSS, both rooms loaded (ours)',
      value: ours.rssMiB,
      unit: 'MiB',
      goal: `≤ 1.2× anchor (${(anchor.rssMiB * 1.2).toFixed(0)} MiB)`,
      met: ours.rssMiB <= anchor.rssMiB * 1.2,
    },
  );
  if (o0.commandsUntilAll.length > 0) {
    const base = `sync: participant command → visible on ${r} clients`;
    figures.push(
      { name: `${base}, until all, p50 (ours)`, value: ours.commandsUntilAll.p50, unit: 'ms', goal: '—' },
      {
        name: `${base}, until all, p99 (ours)`,
        value: ours.commandsUntilAll.p99,
        unit: 'ms',
        goal: '≤ 25 ms',
        met: ours.commandsUntilAll.p99 <= 25,
      },
    );
  }
  if (a0.incomplete + o0.incomplete > 0) {
    console.warn(`  notes that missed a receiver: anchor ${a0.incomplete}, ours ${o0.incomplete}`);
  }
  return figures;
}
