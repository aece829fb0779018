import { explainRow, type FieldProblem } from '@chiiki/model';
import type * as v from 'valibot';
import { safeParse } from 'valibot';
import type { ColumnMapping, FieldSpec } from './csv/mapping';
import type { CsvTable } from './csv/parseCsv';
import { progressTicker } from './progress';

/** The outcome of turning CSV rows into records: all valid records, or every problem found. */
export interface RowsResult<T> {
  records: T[];
  problems: FieldProblem[];
}

/**
 * Reads every row through the mapping, normalises it, validates it with the model's schema and
 * collects each problem by file, row and column (named as the file names it), so the planner
 * fixes them all in one pass. Callers load nothing unless `problems` is empty.
 */
export function rowsToRecords<S extends v.GenericSchema>(
  file: string,
  table: CsvTable,
  fields: readonly FieldSpec[],
  mapping: ColumnMapping,
  schema: S,
  build: (get: (key: string) => string) => unknown,
  extraCheck?: (record: v.InferOutput<S>) => { path: string; ja: string; en: string } | null,
): RowsResult<v.InferOutput<S>> {
  const labels: Record<string, { ja: string; en: string }> = {};
  for (const f of fields) {
    const idx = mapping[f.key];
    const name = idx === null || idx === undefined ? f.ja : (table.header[idx] ?? f.ja);
    labels[f.key] = { ja: name, en: name };
  }
  const records: v.InferOutput<S>[] = [];
  const problems: FieldProblem[] = [];
  const tick = progressTicker('check', table.rows.length, 2000);
  for (const [i, { row, cells }] of table.rows.entries()) {
    tick(i);
    const get = (key: string) => {
      const idx = mapping[key];
      return idx === null || idx === undefined ? '' : (cells[idx] ?? '');
    };
    const result = safeParse(schema, build(get));
    if (!result.success) {
      problems.push(...explainRow({ file, row }, result.issues, { labels }).fields);
      if (problems.length >= 200) break;
      continue;
    }
    const extra = extraCheck?.(result.output);
    if (extra) {
      const label = labels[extra.path] ?? { ja: extra.path, en: extra.path };
      problems.push({
        path: extra.path,
        ja: `${file} の ${row} 行目、列「${label.ja}」: ${extra.ja}`,
        en: `${file}, row ${row}, column ${label.en}: ${extra.en}`,
      });
    } else records.push(result.output);
  }
  return { records, problems };
}
