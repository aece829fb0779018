import { fiscalYearSql } from '../duckdb/fiscalYear';

/** The filter value of one field, read from the `filters` variable (NULL: not filtered). */
const filter = (field: 'district_code' | 'lane' | 'kind' | 'organiser') => `getvariable('filters').${field}`;

/**
 * Sets the filters every `f_*` view applies, as one prepared statement: bind district code, lane,
 * activity kind and organiser, each NULL for "all", then the chosen fiscal year (NULL: all years).
 * A DuckDB variable, not a table the views join: the views then fold to a plain scan when a filter
 * is off and push an equality into the scan when it is on, where a join with a one-row filter
 * table cost every query a nested-loop pass over all its rows (decision 0015). Values stay bound
 * parameters, never SQL text.
 */
export const SET_FILTERS_SQL = `SET VARIABLE filters = {'district_code': ?::VARCHAR, 'lane': ?::VARCHAR, 'kind': ?::VARCHAR, 'organiser': ?::VARCHAR, 'fiscal_year': ?::INTEGER}`;

/**
 * The fiscal year chosen with the filters (NULL: all years), for SQL that shows one year. The
 * `f_*` views leave it alone, since indicators need last year's rows too; a query reading it
 * instead of binding the year has no parameters, and duckdb-wasm plans a statement with
 * parameters twice (decision 0023).
 */
export const CHOSEN_FISCAL_YEAR_SQL = `getvariable('filters').fiscal_year`;

/**
 * SQL the indicators rely on, run once after the tables exist. The fiscal year (年度) starts in
 * April: the model's tables store it as `fiscal_year` when rows are loaded, and
 * `fiscal_year_of(date)` applies the same rule to any other date (planners' own SQL).
 *
 * The `f_*` views apply the filters set by `SET_FILTERS_SQL`, so indicator SQL (including
 * planners' own) is filtered without any value pasted into SQL. An unknown kind or organiser
 * matches nothing (TRY_CAST gives NULL, and nothing equals NULL).
 */
export const INDICATOR_MACROS: readonly string[] = [
  // Built from the model's own rule, so SQL and `fiscalYearOf` in TypeScript cannot disagree.
  `CREATE OR REPLACE MACRO fiscal_year_of(d) AS ${fiscalYearSql('d')}`,
  `CREATE OR REPLACE VIEW f_workshops AS SELECT * FROM workshops
     WHERE ${filter('district_code')} IS NULL OR district_code = ${filter('district_code')}`,
  `CREATE OR REPLACE VIEW f_notes AS SELECT n.* FROM notes n JOIN f_workshops w ON w.id = n.workshop_id
     WHERE ${filter('lane')} IS NULL OR n.lane = ${filter('lane')}`,
  `CREATE OR REPLACE VIEW f_votes AS SELECT v.* FROM votes v JOIN f_notes n ON n.id = v.note_id`,
  `CREATE OR REPLACE VIEW f_attendance AS SELECT a.* FROM attendance a JOIN f_workshops w ON w.id = a.workshop_id`,
  `CREATE OR REPLACE VIEW f_activities AS SELECT * FROM activities
     WHERE (${filter('district_code')} IS NULL OR district_code = ${filter('district_code')})
       AND (${filter('kind')} IS NULL OR kind = TRY_CAST(${filter('kind')} AS activity_kind))
       AND (${filter('organiser')} IS NULL OR organiser = TRY_CAST(${filter('organiser')} AS activity_organiser))`,
  `CREATE OR REPLACE VIEW population_by_year AS
     SELECT p.fiscal_year, p.district_code, p.population FROM district_populations p
     UNION ALL
     SELECT y.fiscal_year, d.code, d.population FROM districts d,
       (SELECT DISTINCT fiscal_year FROM workshops UNION SELECT DISTINCT fiscal_year FROM activities) y
     WHERE d.population IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM district_populations q WHERE q.district_code = d.code AND q.fiscal_year = y.fiscal_year)`,
];

/** The columns every indicator returns, so the runner, charts and suppression read any of them alike. */
export const INDICATOR_COLUMNS = ['fiscal_year', 'district_code', 'lane', 'value', 'n'] as const;
