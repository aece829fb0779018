/** True when `BENCH_QUICK=1`: small sizes, so a developer gets figures in a minute, not ten. */
export const QUICK = process.env.BENCH_QUICK === '1';

function size(name: string, full: number, quick: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : QUICK ? quick : full;
}

/**
 * Every size the benchmarks use, each overridable by its own environment variable, so a quick
 * run (`BENCH_QUICK=1`) and a focused re-run of one figure need no code change.
 */
export const SIZES = {
  /** Sync clients that receive every note (issue 3: 100). */
  receivers: size('BENCH_RECEIVERS', 100, 20),
  /** The facilitator's writing rate during the propagation run (issue 3: 20/s). */
  notesPerSecond: size('BENCH_NOTE_RATE', 20, 20),
  /** Notes written during one propagation round (30 s at 20/s by default). */
  propagationNotes: size('BENCH_PROPAGATION_NOTES', 600, 60),
  /**
   * Alternating rounds (anchor, ours, anchor, ours…) whose samples are pooled. Six, not two: runs
   * of two rounds on one day put our p99 at 0.78–1.51× the anchor's (BENCHMARKS.md, 2026-12-08).
   */
  syncRounds: size('BENCH_SYNC_ROUNDS', 6, 1),
  /** Notes in the room that newcomers join (issue 3: 5,000). */
  joinNotes: size('BENCH_JOIN_NOTES', 5000, 1000),
  /** Sequential joins timed per server. */
  joinSamples: size('BENCH_JOIN_SAMPLES', 20, 5),
  /** Participant commands timed until visible on every receiver. */
  commands: size('BENCH_COMMANDS', 150, 30),
  /** Activity rows of the indicator suite (issue 5: 1,000,000). */
  activityRows: size('BENCH_ACTIVITY_ROWS', 1_000_000, 100_000),
  /** Workshop notes of the indicator suite (issue 5: 10,000). */
  notes: size('BENCH_NOTES', 10_000, 2_000),
  /** Timed repetitions of each indicator suite; the median is reported. */
  repeats: size('BENCH_REPEATS', 15, 2),
  /**
   * Untimed warm-up of each indicator suite, in milliseconds: V8 compiles duckdb-wasm's 34 MB
   * engine in tiers in the background, so the first runs of a fresh process measure its baseline
   * code, not the steady state a planner working through the dashboard meets (decision 0023).
   */
  warmupMs: size('BENCH_WARMUP_MS', 3000, 200),
  /** Notes on the board of the browser benchmark (issue 3: 500). */
  boardNotes: size('BENCH_BOARD_NOTES', 500, 500),
  /** Cold page loads timed per browser figure; the median is reported. */
  pageLoads: size('BENCH_PAGE_LOADS', 5, 2),
  /** Closed 60-resident workshops in the registry suite's data directory (decision 0022). */
  registryWorkshops: size('BENCH_REGISTRY_WORKSHOPS', 10_000, 1_000),
} as const;
