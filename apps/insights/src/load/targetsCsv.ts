import { ALL_DISTRICTS, type District, type Indicator, type Target, TargetSchema } from '@chiiki/model';
import * as v from 'valibot';
import type { ColumnMapping } from './csv/mapping';
import type { CsvTable } from './csv/parseCsv';
import { POPULATION_FIELDS, TARGET_FIELDS } from './fields';
import { nfkc, normaliseCount, normaliseDistrict } from './normalise';
import { type RowsResult, rowsToRecords } from './rowsToRecords';

/** 年度 as written: 2025, 2025年度, 令和7年度, R7 → 2025; anything else → NaN for the model to refuse. */
export function normaliseFiscalYear(raw: string): number {
  const s = nfkc(raw).replace(/年度?$/, '');
  if (/^\d{4}$/.test(s)) return Number(s);
  const era = /^(令和|R|平成|H)(\d{1,2}|元)$/i.exec(s);
  if (!era) return Number.NaN;
  const n = era[2] === '元' ? 1 : Number(era[2]);
  return (/^(令和|r)$/i.test(era[1] ?? '') ? 2018 : 1988) + n;
}

function district(raw: string, districts: readonly District[]): string {
  const s = nfkc(raw);
  return ['', '*', '全体', '市全体', '全市', 'all'].includes(s)
    ? ALL_DISTRICTS
    : normaliseDistrict(s, districts);
}

/** Targets by indicator id or Japanese name, district or 全体, fiscal year; each validated. */
export function targetsFromCsv(
  file: string,
  table: CsvTable,
  mapping: ColumnMapping,
  districts: readonly District[],
  indicators: readonly Indicator[],
): RowsResult<Target> {
  return rowsToRecords(
    file,
    table,
    TARGET_FIELDS,
    mapping,
    TargetSchema,
    (get) => {
      const name = nfkc(get('indicatorId'));
      const ind = indicators.find((i) => i.id === name || nfkc(i.ja) === name || i.en === name);
      return {
        typeName: 'target',
        indicatorId: ind?.id ?? name,
        districtCode: district(get('districtCode'), districts),
        fiscalYear: normaliseFiscalYear(get('fiscalYear')),
        value: normaliseCount(get('value')),
      };
    },
    (t) =>
      indicators.some((i) => i.id === t.indicatorId)
        ? null
        : {
            path: 'indicatorId',
            ja: `指標「${t.indicatorId}」は定義されていません`,
            en: `unknown indicator "${t.indicatorId}"`,
          },
  );
}

/** A district's population in one fiscal year. */
export const PopulationSchema = v.object({
  districtCode: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,16}$/, 'invalid_code')),
  fiscalYear: v.pipe(
    v.number('not_a_number'),
    v.integer('not_an_integer'),
    v.minValue(1990),
    v.maxValue(2100),
  ),
  population: v.pipe(v.number('not_a_number'), v.integer('not_an_integer'), v.minValue(0, 'negative')),
});
/** A district's population in one fiscal year. */
export type Population = v.InferOutput<typeof PopulationSchema>;

/** District populations by fiscal year, for rates per 1,000 residents. */
export function populationsFromCsv(
  file: string,
  table: CsvTable,
  mapping: ColumnMapping,
  districts: readonly District[],
): RowsResult<Population> {
  return rowsToRecords(file, table, POPULATION_FIELDS, mapping, PopulationSchema, (get) => ({
    districtCode: normaliseDistrict(get('districtCode'), districts),
    fiscalYear: normaliseFiscalYear(get('fiscalYear')),
    population: normaliseCount(get('population')),
  }));
}
