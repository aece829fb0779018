import { SIZES } from '../config';
import type { Figure } from '../figures';
import { arqueroCoreSuite, loadArquero } from '../indicators/arquero';
import { makeIndicatorData } from '../indicators/data';
import { openNative, openWasm, type SqlEngine } from '../indicators/engines';
import { CORE_IDS, FULL_SUITE_NAME, runCore, runFull } from '../indicators/queries';
import { fingerprint, timeOnce, timeSuite } from '../indicators/timing';

interface EngineResult {
  loadMs: number;
  coreMs: number;
  fullMs: number;
  core: object[][];
}

async function measureEngine(
  open: () => Promise<SqlEngine>,
  files: Parameters<SqlEngine['load']>[0],
): Promise<EngineResult> {
  const engine = await open();
  try {
    const load = await timeOnce(() => engine.load(files));
    const core = await timeSuite(SIZES.repeats, SIZES.warmupMs, () => runCore(engine));
    const full = await timeSuite(SIZES.repeats, SIZES.warmupMs, () => runFull(engine));
    return { loadMs: load.ms, coreMs: core.ms, fullMs: full.ms, core: core.result };
  } finally {
    engine.close();
  }
}

/**
 * Issue 5's engine comparison: the indicator suite over a million activity rows and ten thousand
 * notes in duckdb-wasm (what the browser runs), native DuckDB and Arquero, each loading the same
 * generated data first (timed apart) and then answering the same indicators.
 */
export async function indicatorsSuite(): Promise<Figure[]> {
  const data = makeIndicatorData(SIZES.activityRows, SIZES.notes);
  try {
    const wasm = await measureEngine(openWasm, data.files);
    const native = await measureEngine(() => openNative(), data.files);
    const single = await measureEngine(() => openNative(1), data.files);
    const aqLoad = await timeOnce(() => loadArquero(data.activities, data.rows));
    const arquero = await timeSuite(SIZES.repeats, SIZES.warmupMs, () => arqueroCoreSuite(aqLoad.result));
    CORE_IDS.forEach((id, i) => {
      const [n, w, a] = [native.core[i], wasm.core[i], arquero.result[i]].map((r) => fingerprint(r ?? []));
      if (n !== w || n !== a) console.warn(`  ${id} differs: native ${n} | wasm ${w} | arquero ${a}`);
    });
    const size = `${(SIZES.activityRows / 1e6).toLocaleString('en-US')}M activities, ${SIZES.notes.toLocaleString('en-US')} notes`;
    const core = `core indicators (${CORE_IDS.length}, with YoY)`;
    const full = FULL_SUITE_NAME;
    return [
      { name: `insights: load CSVs, ${size} (duckdb-wasm)`, value: wasm.loadMs, unit: 'ms', goal: '—' },
      { name: `insights: load CSVs, ${size} (duckdb native)`, value: native.loadMs, unit: 'ms', goal: '—' },
      { name: `insights: load columns, ${size} (arquero)`, value: aqLoad.ms, unit: 'ms', goal: '—' },
      { name: `insights: ${full}, ${size} (duckdb native)`, value: native.fullMs, unit: 'ms', goal: '—' },
      {
        name: `insights: ${full}, ${size} (duckdb native, 1 thread)`,
        value: single.fullMs,
        unit: 'ms',
        goal: '—',
      },
      {
        name: `insights: ${full}, ${size} (duckdb-wasm)`,
        value: wasm.fullMs,
        unit: 'ms',
        goal: `≤ 1.5× native (${(native.fullMs * 1.5).toFixed(0)} ms)`,
        met: wasm.fullMs <= native.fullMs * 1.5,
      },
      { name: `insights: ${core}, ${size} (duckdb native)`, value: native.coreMs, unit: 'ms', goal: '—' },
      { name: `insights: ${core}, ${size} (arquero)`, value: arquero.ms, unit: 'ms', goal: '—' },
      {
        name: `insights: ${core}, ${size} (duckdb-wasm)`,
        value: wasm.coreMs,
        unit: 'ms',
        goal: `≤ 1.5× native (${(native.coreMs * 1.5).toFixed(0)} ms), ≥ 10× faster than arquero (${(arquero.ms / 10).toFixed(0)} ms)`,
        met: wasm.coreMs <= native.coreMs * 1.5 && wasm.coreMs * 10 <= arquero.ms,
      },
    ];
  } finally {
    data.remove();
  }
}
