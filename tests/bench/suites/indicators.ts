import { SIZES } from '../config';
import type { Figure } from '../figures';
import { arqueroCoreSuite, loadArquero } from '../indicators/arquero';
import { makeIndicatorData } from '../indicators/data';
import { openNative, openWasm, type SqlEngine } from '../indicators/engines';
import { CORE_IDS, FULL_SUITE_NAME, runCore, runFull } from '../indicators/queries';
import { fingerprint, timeOnce, timeSuite } from '../indicators/timing';

/** Median times of one engine: prepared anew (a filter change) and kept (a re-run). */
interface EngineResult {
  loadMs: number;
  coreMs: number;
  fullMs: number;
  coreKeptMs: number;
  fullKeptMs: number;
  core: object[][];
}

async function measureEngine(
  open: () => Promise<SqlEngine>,
  files: Parameters<SqlEngine['load']>[0],
): Promise<EngineResult> {
  const engine = await open();
  try {
    const load = await timeOnce(() => engine.load(files));
    const core = await timeSuite(SIZES.repeats, () => runCore(engine));
    const full = await timeSuite(SIZES.repeats, () => runFull(engine));
    engine.keep = true;
    const coreKept = await timeSuite(SIZES.repeats, () => runCore(engine));
    const fullKept = await timeSuite(SIZES.repeats, () => runFull(engine));
    return {
      loadMs: load.ms,
      coreMs: core.ms,
      fullMs: full.ms,
      coreKeptMs: coreKept.ms,
      fullKeptMs: fullKept.ms,
      core: core.result,
    };
  } finally {
    engine.close();
  }
}

const ms = (v: number) => `${v.toFixed(0)} ms`;

/**
 * Issue 5's engine comparison: the indicator suite over a million activity rows and ten thousand
 * notes in duckdb-wasm (what the browser runs), native DuckDB and Arquero, each loading the same
 * generated data first (timed apart) and then answering the same indicators: prepared anew each
 * run (what a filter change costs) and with prepared statements kept (a re-run under the same
 * filters, as the app's Db keeps them).
 */
export async function indicatorsSuite(): Promise<Figure[]> {
  const data = makeIndicatorData(SIZES.activityRows, SIZES.notes);
  try {
    const wasm = await measureEngine(openWasm, data.files);
    const native = await measureEngine(() => openNative(), data.files);
    const single = await measureEngine(() => openNative(1), data.files);
    const aqLoad = await timeOnce(() => loadArquero(data.activities, data.rows));
    const arquero = await timeSuite(SIZES.repeats, () => arqueroCoreSuite(aqLoad.result));
    CORE_IDS.forEach((id, i) => {
      const [n, w, a] = [native.core[i], wasm.core[i], arquero.result[i]].map((r) => fingerprint(r ?? []));
      if (n !== w || n !== a) console.warn(`  ${id} differs: native ${n} | wasm ${w} | arquero ${a}`);
    });
    const size = `${(SIZES.activityRows / 1e6).toLocaleString('en-US')}M activities, ${SIZES.notes.toLocaleString('en-US')} notes`;
    const core = `core indicators (${CORE_IDS.length}, with YoY)`;
    const full = FULL_SUITE_NAME;
    const kept = 'statements kept';
    const row = (name: string, value: number): Figure => ({ name, value, unit: 'ms', goal: '—' });
    const vsNative = (name: string, value: number, nativeMs: number): Figure => ({
      name,
      value,
      unit: 'ms',
      goal: `≤ 1.5× native (${ms(nativeMs * 1.5)})`,
      met: value <= nativeMs * 1.5,
    });
    const vsBoth = (name: string, value: number, nativeMs: number): Figure => ({
      name,
      value,
      unit: 'ms',
      goal: `≤ 1.5× native (${ms(nativeMs * 1.5)}), ≥ 10× faster than arquero (${ms(arquero.ms / 10)})`,
      met: value <= nativeMs * 1.5 && value * 10 <= arquero.ms,
    });
    return [
      row(`insights: load CSVs, ${size} (duckdb-wasm)`, wasm.loadMs),
      row(`insights: load CSVs, ${size} (duckdb native)`, native.loadMs),
      row(`insights: load columns, ${size} (arquero)`, aqLoad.ms),
      row(`insights: ${full}, ${size} (duckdb native)`, native.fullMs),
      row(`insights: ${full}, ${size} (duckdb native, 1 thread)`, single.fullMs),
      vsNative(`insights: ${full}, ${size} (duckdb-wasm)`, wasm.fullMs, native.fullMs),
      row(`insights: ${full}, ${kept}, ${size} (duckdb native)`, native.fullKeptMs),
      row(`insights: ${full}, ${kept}, ${size} (duckdb native, 1 thread)`, single.fullKeptMs),
      vsNative(`insights: ${full}, ${kept}, ${size} (duckdb-wasm)`, wasm.fullKeptMs, native.fullKeptMs),
      row(`insights: ${core}, ${size} (duckdb native)`, native.coreMs),
      row(`insights: ${core}, ${size} (arquero)`, arquero.ms),
      vsBoth(`insights: ${core}, ${size} (duckdb-wasm)`, wasm.coreMs, native.coreMs),
      row(`insights: ${core}, ${kept}, ${size} (duckdb native)`, native.coreKeptMs),
      vsBoth(`insights: ${core}, ${kept}, ${size} (duckdb-wasm)`, wasm.coreKeptMs, native.coreKeptMs),
    ];
  } finally {
    data.remove();
  }
}
