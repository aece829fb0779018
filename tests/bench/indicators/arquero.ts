import { type Activity, fiscalYearOf, type Row } from '@chiiki/model';
import * as aq from 'arquero';

type ColumnTable = aq.ColumnTable;
/** A row (and the params) as Arquero's expression functions see them here. */
interface Struct {
  date: Date;
  fy: number;
  k: number;
  kind: string;
  indicator_id: string;
  id: string;
}

const { op } = aq;

/** The tables the Arquero twin works on, built from the same generated records. */
export interface ArqueroData {
  activities: ColumnTable;
  notes: ColumnTable;
  workshops: ColumnTable;
  targets: ColumnTable;
}

const utcDate = (s: unknown) => new Date(`${String(s)}T00:00:00Z`);

/**
 * Builds column tables from the generated records (timed as loading, like the CSV loads), with the
 * fiscal year derived once per row by the model's rule, as DuckDB stores it on load.
 */
export function loadArquero(
  activities: readonly Activity[],
  rows: Partial<Record<string, Row[]>>,
): ArqueroData {
  const col = <T>(list: readonly Row[], name: string, map: (v: unknown) => T = (v) => v as T) =>
    list.map((r) => map(r[name]));
  const notes = rows.notes ?? [];
  const workshops = rows.workshops ?? [];
  const targets = rows.targets ?? [];
  return {
    activities: aq.table({
      date: activities.map((a) => utcDate(a.date)),
      fy: activities.map((a) => fiscalYearOf(a.date)),
      district_code: activities.map((a) => a.districtCode),
      kind: activities.map((a) => a.kind),
      organiser: activities.map((a) => a.organiser),
      participants: activities.map((a) => a.participants),
      volunteers: activities.map((a) => a.volunteers),
    }),
    notes: aq.table({ workshop_id: col(notes, 'workshop_id'), lane: col(notes, 'lane') }),
    workshops: aq.table({
      id: col(workshops, 'id'),
      date: col(workshops, 'date', utcDate),
      fy: col(workshops, 'date', (v) => fiscalYearOf(String(v))),
      district_code: col(workshops, 'district_code'),
    }),
    targets: aq.table({
      indicator_id: col(targets, 'indicator_id'),
      district_code: col(targets, 'district_code'),
      fy: col(targets, 'fiscal_year'),
      target: col(targets, 'value'),
    }),
  };
}

/** Adds last year's value (and, for district-level indicators, the target), like the app's runner. */
function withYoy(r: ColumnTable, keys: string[], data: ArqueroData, id: string | null): object[] {
  const previous = r
    .derive({ fy: (d: Struct) => d.fy + 1 })
    .select([...keys, 'value'])
    .rename({ value: 'previous' });
  let out = r.join_left(previous, [keys, keys]);
  if (id) {
    const targets = data.targets
      .params({ id })
      .filter((d: Struct, $: Struct) => d.indicator_id === $.id)
      .select('fy', 'district_code', 'target');
    out = out.join_left(targets, [
      ['fy', 'district_code'],
      ['fy', 'district_code'],
    ]);
  }
  return out.orderby('fy', 'district_code').objects();
}

function activityIndicator(data: ArqueroData, id: string, kind: string, measure: string | null): object[] {
  const rows = data.activities.params({ kind }).filter((d: Struct, $: Struct) => d.kind === $.kind);
  const value = measure === null ? { value: op.count() } : { value: `d => op.sum(d.${measure})` };
  const byDistrict = rows.groupby('fy', 'district_code').rollup(value);
  const city = rows
    .groupby('fy')
    .rollup(value)
    .derive({ district_code: () => '*' });
  return withYoy(byDistrict.concat(city), ['fy', 'district_code'], data, id);
}

function noteCounts(data: ArqueroData): ColumnTable {
  const rows = data.notes.join(data.workshops, [['workshop_id'], ['id']]);
  const byDistrict = rows.groupby('fy', 'district_code', 'lane').rollup({ k: op.count() });
  const city = rows
    .groupby('fy', 'lane')
    .rollup({ k: op.count() })
    .derive({ district_code: () => '*' });
  return byDistrict.concat(city);
}

/**
 * The core indicators in Arquero, the same figures as the model's SQL (see CORE_IDS): the
 * yardstick a JavaScript dataframe sets for what DuckDB-wasm must clearly beat.
 */
export function arqueroCoreSuite(data: ArqueroData): object[][] {
  const keys = ['fy', 'district_code', 'lane'];
  const counts = noteCounts(data).derive({ value: (d: Struct) => d.k });
  const share = noteCounts(data)
    .groupby('fy', 'district_code')
    .derive({ value: (d: Struct) => (100 * d.k) / op.sum(d.k) })
    .ungroup();
  return [
    withYoy(counts, keys, data, null),
    withYoy(share, keys, data, null),
    activityIndicator(data, 'outreach_lectures', 'outreach_lecture', null),
    activityIndicator(data, 'outreach_attendance', 'outreach_lecture', 'participants'),
    activityIndicator(data, 'people_trained', 'training', 'participants'),
    activityIndicator(data, 'volunteer_activities', 'volunteer_activity', null),
    activityIndicator(data, 'volunteers', 'volunteer_activity', 'volunteers'),
    activityIndicator(data, 'salons_held', 'salon', null),
  ];
}
