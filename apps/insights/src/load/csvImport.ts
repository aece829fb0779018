import type { FieldProblem } from '@chiiki/model';
import { type District, INDICATORS, type Indicator, toRow } from '@chiiki/model';
import type { Source } from '../store/source';
import { activitiesFromCsv } from './activitiesCsv';
import { type CsvEncoding, decodeCsv } from './csv/decode';
import { bytesProblem, tableProblems } from './csv/inspect';
import { autoMap, type ColumnMapping, type FieldSpec, missingFields, recallMapping } from './csv/mapping';
import { type CsvTable, parseCsv } from './csv/parseCsv';
import { ACTIVITY_FIELDS, POPULATION_FIELDS, TARGET_FIELDS } from './fields';
import { populationsFromCsv, targetsFromCsv } from './targetsCsv';

/** The kinds of CSV a planner loads. */
export type CsvKind = 'activities' | 'targets' | 'populations';

/** The fields of each CSV kind. */
export const CSV_FIELDS: Record<CsvKind, readonly FieldSpec[]> = {
  activities: ACTIVITY_FIELDS,
  targets: TARGET_FIELDS,
  populations: POPULATION_FIELDS,
};

/** A CSV being imported: decoded, parsed and mapped, waiting for the planner or ready to load. */
export interface CsvDraft {
  file: string;
  bytes: Uint8Array;
  kind: CsvKind;
  encoding: CsvEncoding;
  bom: boolean;
  table: CsvTable;
  mapping: ColumnMapping;
  /** What makes the file unreadable whatever the mapping (binary, UTF-16, mojibake, shifted rows). */
  problems: FieldProblem[];
}

/** A CSV's bytes as read in the worker: the table, how it was decoded, and what is wrong with it. */
export interface Parsed {
  table: CsvTable;
  encoding: CsvEncoding;
  bom: boolean;
  problems: FieldProblem[];
}

/**
 * Decodes and parses a CSV's bytes, refusing what is not CSV text before decoding (so binary or
 * UTF-16 never shows as mojibake headers in the mapping step) and inspecting the table after.
 */
export function parseBytes(file: string, bytes: Uint8Array, encoding?: CsvEncoding): Parsed {
  const refused = bytesProblem(file, bytes);
  if (refused) return { table: { header: [], rows: [] }, encoding: 'utf-8', bom: false, problems: [refused] };
  const d = decodeCsv(bytes, encoding);
  const table = parseCsv(d.text);
  return {
    table,
    encoding: d.encoding,
    bom: d.bom,
    problems: tableProblems(file, table, d.text.includes('\uFFFD')),
  };
}

/** Guesses the kind from the headers: a file with 目標値 is targets, with 人口 populations. */
export function guessKind(header: readonly string[]): CsvKind {
  const score = (k: CsvKind) => {
    const m = autoMap(header, CSV_FIELDS[k]);
    return (
      CSV_FIELDS[k].filter((f) => f.required && m[f.key] !== null).length /
      CSV_FIELDS[k].filter((f) => f.required).length
    );
  };
  const kinds: CsvKind[] = ['activities', 'targets', 'populations'];
  return kinds.reduce((best, k) => (score(k) > score(best) ? k : best), 'activities');
}

/** Completes a draft from a parsed table: guesses the kind and recalls the remembered mapping. */
export function draftFromParsed(file: string, bytes: Uint8Array, parsed: Parsed, kind?: CsvKind): CsvDraft {
  const { table } = parsed;
  const k = kind ?? guessKind(table.header);
  return { file, bytes, kind: k, ...parsed, mapping: recallMapping(k, table.header, CSV_FIELDS[k]) };
}

/** Required fields the draft's mapping lacks (the mapping step shows while non-empty). */
export function draftMissing(d: CsvDraft): FieldSpec[] {
  return missingFields(d.mapping, CSV_FIELDS[d.kind]);
}

/** Converts a mapped draft into a source, or every problem found (then nothing is loaded). */
export function draftToSource(
  d: CsvDraft,
  districts: readonly District[],
  indicators: readonly Indicator[] = INDICATORS,
): { source: Source } | { problems: FieldProblem[] } {
  const base = {
    id: `${d.kind}:${d.file}`,
    name: d.file,
    loadedAt: new Date().toISOString(),
    detail: d.encoding === 'shift_jis' ? 'Shift_JIS' : d.bom ? 'UTF-8 (BOM)' : 'UTF-8',
  };
  if (d.problems.length > 0) return { problems: d.problems };
  const missing = draftMissing(d);
  if (missing.length > 0) {
    // One sentence for the file, not one "required" per row for a column that is not there.
    return {
      problems: [
        {
          path: '',
          ja: `${d.file}: 必要な列がありません: ${missing.map((f) => `「${f.ja}」`).join('、')}。列の対応づけで、使う列を選んでください。`,
          en: `${d.file}: required columns are missing: ${missing.map((f) => f.en).join(', ')}. Choose the columns to use in the column mapping.`,
        },
      ],
    };
  }
  if (d.table.rows.length === 0) {
    return {
      problems: [
        {
          path: '',
          ja: `${d.file}: データの行がありません（空のファイル）`,
          en: `${d.file}: no data rows (empty file)`,
        },
      ],
    };
  }
  if (d.kind === 'activities') {
    const r = activitiesFromCsv(d.file, d.table, d.mapping, districts);
    if (r.problems.length) return { problems: r.problems };
    return {
      source: {
        ...base,
        kind: 'activities',
        tables: { activities: r.records.map((a) => toRow('activities', a)) },
      },
    };
  }
  if (d.kind === 'targets') {
    const r = targetsFromCsv(d.file, d.table, d.mapping, districts, indicators);
    if (r.problems.length) return { problems: r.problems };
    return {
      source: { ...base, kind: 'targets', tables: { targets: r.records.map((t) => toRow('targets', t)) } },
    };
  }
  const r = populationsFromCsv(d.file, d.table, d.mapping, districts);
  if (r.problems.length) return { problems: r.problems };
  return {
    source: {
      ...base,
      kind: 'populations',
      tables: {
        district_populations: r.records.map((p) => ({
          district_code: p.districtCode,
          fiscal_year: p.fiscalYear,
          population: p.population,
        })),
      },
    },
  };
}
