import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/harness/paths';

/** One measured figure, as it appears in a row of BENCHMARKS.md. */
export interface Figure {
  /** Stable name; a new measurement replaces the row with the same name. */
  name: string;
  value: number;
  unit: string;
  /** The goal the figure is judged against, in words ("≥ 100,000", "≤ 1.1× anchor"), or "—". */
  goal: string;
  /** Whether the figure meets its goal; undefined when there is no goal or no anchor to judge by. */
  met?: boolean | undefined;
}

/** Where the table lives: at the root, so reviewers find the figures without running anything. */
export const BENCHMARKS_FILE = join(REPO_ROOT, 'BENCHMARKS.md');

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const HEADER = '| name | figure | unit | goal | result | date | machine |\n|---|---:|---|---|---|---|---|';
const COLUMNS = 7;

const INTRO = `# Benchmarks

Figures measured by \`pnpm bench\` (tests/bench/run.ts; one suite at a time, \`--concurrency=1\`).
Each run replaces the rows it measured and keeps the others, so the table always holds the latest
figure of every benchmark and the date and machine it was measured on. Benchmarks are not timed
tests: a figure that misses its goal is reported here, not failed in CI.
`;

/** Formats a figure for people: grouped thousands, at most three significant decimals. */
export function formatValue(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** The result cell: met, missed, or a dash for figures without a goal (or not measured). */
export function resultOf(f: Figure): string {
  if (f.met === undefined || !Number.isFinite(f.value)) return '—';
  return f.met ? 'met' : '**missed**';
}

/**
 * Merges figures into BENCHMARKS.md by name, keeping rows of benchmarks not run this time and any
 * prose around the table, so each engineer's suite can be rerun on its own.
 */
export function recordFigures(
  figures: Figure[],
  machine: string,
  date: string,
  file = BENCHMARKS_FILE,
): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = `${INTRO}\n${START}\n${END}\n`;
  }
  if (!text.includes(START) || !text.includes(END)) text = `${text.trimEnd()}\n\n${START}\n${END}\n`;
  const [before, rest = ''] = text.split(START);
  const [table = '', after = ''] = rest.split(END);
  const rows = new Map<string, string>();
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const name = cells[1];
    if (!line.startsWith('|') || !name || name === 'name' || name.startsWith('-')) continue;
    // Rows written before the result column existed get an empty result cell.
    const inner = cells.slice(1, -1);
    if (inner.length === COLUMNS - 1) inner.splice(4, 0, '—');
    rows.set(name, `| ${inner.join(' | ')} |`);
  }
  for (const f of figures) {
    const cells = [f.name, formatValue(f.value), f.unit, f.goal, resultOf(f), date, machine].map((c) =>
      c.replaceAll('|', '\\|'),
    );
    rows.set(f.name, `| ${cells.join(' | ')} |`);
  }
  const body = [...rows.values()].join('\n');
  writeFileSync(file, `${before}${START}\n${HEADER}\n${body}\n${END}${after}`);
}
