import * as v from 'valibot';
import type { Plan } from '../records/plan';
import { explainIssues } from '../validation/explain';
import { type ColumnSpec, TABLES, type TableName, type TableRecord } from './columns';

/** A value DuckDB binds or returns for the model's column types. */
export type SqlValue = string | number | boolean | null;
/** One table row keyed by snake_case column name. */
export type Row = Record<string, SqlValue>;

function getPath(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

function setPath(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let target = record;
  for (const key of keys) {
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  }
  target[last] = value;
}

const toIso = (ms: number): string => new Date(ms).toISOString();

/** Reads what DuckDB returned (epoch ms, Date, bigint or text) back into the record's form. */
function fromSql(value: unknown, type: ColumnSpec['type']): unknown {
  if (value === null || value === undefined) return undefined;
  const ms = value instanceof Date ? value.getTime() : typeof value === 'bigint' ? Number(value) : value;
  switch (type) {
    case 'DATE':
      return typeof ms === 'number' ? toIso(ms).slice(0, 10) : String(ms).slice(0, 10);
    case 'TIMESTAMP':
      return typeof ms === 'number' ? toIso(ms) : toIso(Date.parse(`${String(ms).replace(' ', 'T')}Z`));
    case 'INTEGER':
    case 'DOUBLE':
      return Number(ms);
    default:
      return ms;
  }
}

/**
 * Turns a record into a row object for DuckDB. Timestamps are normalised to UTC
 * (`toISOString`) because DuckDB's TIMESTAMP has no zone; optional fields become NULL.
 */
export function toRow<T extends TableName>(table: T, record: TableRecord<T>): Row {
  const row: Row = {};
  for (const c of TABLES[table].columns as readonly ColumnSpec[]) {
    const value = getPath(record, c.field);
    if (value === undefined || value === null) row[c.name] = null;
    else if (c.type === 'TIMESTAMP') row[c.name] = new Date(value as string).toISOString();
    else row[c.name] = value as SqlValue;
  }
  return row;
}

/** The row's values in column order: the parameters of `insertSql(table)`'s prepared statement. */
export function rowParams<T extends TableName>(table: T, record: TableRecord<T>): SqlValue[] {
  const row = toRow(table, record);
  return (TABLES[table].columns as readonly ColumnSpec[]).map((c) => row[c.name] ?? null);
}

/**
 * Reads a DuckDB row (e.g. `arrowRow.toJSON()`) back into a validated record, so what comes out
 * of the analysis database is the same record that went in; a row that is not a valid record
 * throws with the planner-readable explanation.
 */
export function fromRow<T extends TableName>(
  table: T,
  row: Readonly<Record<string, unknown>>,
): TableRecord<T> {
  const spec = TABLES[table];
  const record: Record<string, unknown> = spec.typeName ? { typeName: spec.typeName } : {};
  for (const c of spec.columns as readonly ColumnSpec[]) {
    const value = fromSql(row[c.name], c.type);
    if (value !== undefined) setPath(record, c.field, value);
  }
  const parsed = v.safeParse(spec.schema as v.GenericSchema, record);
  if (!parsed.success) {
    throw new Error(`${table}: ${explainIssues(parsed.issues).en}`);
  }
  return parsed.output as TableRecord<T>;
}

/** The rows of plan-related tables one plan fills: the plan itself, its lanes, goals and districts. */
export type PlanRows = { plans: Row[]; lanes: Row[]; goals: Row[]; districts: Row[] };

/** Splits a plan into its table rows, so the insights database knows lane and district names. */
export function planToRows(plan: Plan): PlanRows {
  const { lanes, goals, districts, ...head } = plan;
  const planId = plan.id;
  return {
    plans: [toRow('plans', head)],
    lanes: lanes.map((lane) => toRow('lanes', { ...lane, planId })),
    goals: goals.map((goal) => toRow('goals', { ...goal, planId })),
    districts: districts.map((district) => toRow('districts', { ...district, planId })),
  };
}

/** Reassembles a plan from its table rows (the inverse of `planToRows`), ordered as stored. */
export function planFromRows(rows: {
  plans: readonly Record<string, unknown>[];
  lanes: readonly Record<string, unknown>[];
  goals: readonly Record<string, unknown>[];
  districts: readonly Record<string, unknown>[];
}): Plan {
  const [first] = rows.plans;
  if (!first) throw new Error('plans: no plan row');
  const head = fromRow('plans', first);
  const mine = <R extends { planId: string }>(r: R) => r.planId === head.id;
  const strip = <R extends { planId: string }>({ planId: _, ...rest }: R) => rest;
  return {
    ...head,
    lanes: rows.lanes
      .map((r) => fromRow('lanes', r))
      .filter(mine)
      .map(strip)
      .sort((a, b) => a.order - b.order),
    goals: rows.goals
      .map((r) => fromRow('goals', r))
      .filter(mine)
      .map(strip),
    districts: rows.districts
      .map((r) => fromRow('districts', r))
      .filter(mine)
      .map(strip),
  };
}
