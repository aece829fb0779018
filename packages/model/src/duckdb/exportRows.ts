import type { WorkshopExport } from '../export/schema';
import type { TableName } from './columns';
import { planToRows, type Row, toRow } from './rows';

/** Rows for every table, keyed by table name. */
export type TableRows = Record<TableName, Row[]>;

/** An empty set of rows for every table, to fill and then insert table by table. */
export function emptyTableRows(): TableRows {
  return {
    plans: [],
    lanes: [],
    goals: [],
    districts: [],
    workshops: [],
    notes: [],
    groups: [],
    votes: [],
    attendance: [],
    activities: [],
    targets: [],
    district_populations: [],
  };
}

/**
 * The DuckDB rows of one workshop export, table by table: what the insights app inserts when a
 * planner drops an export file in (and, merged, for its built-in sample), and what the model's
 * own DuckDB tests insert, so both run against the same rows. Tables the export has nothing
 * for are empty. Nicknames are never turned into rows, so the analysis database stays anonymous
 * even when the file is not.
 */
export function exportRows(e: WorkshopExport): TableRows {
  const rows = emptyTableRows();
  const plan = planToRows(e.plan);
  rows.plans = plan.plans;
  rows.lanes = plan.lanes;
  rows.goals = plan.goals;
  rows.districts = plan.districts;
  rows.workshops = [toRow('workshops', e.workshop)];
  rows.notes = e.notes.map((n) => toRow('notes', n));
  rows.groups = e.groups.map((g) => toRow('groups', g));
  rows.votes = e.votes.map((v) => toRow('votes', v));
  rows.attendance = e.attendance.map((a) => toRow('attendance', a));
  return rows;
}
