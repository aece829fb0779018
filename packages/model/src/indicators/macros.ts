import { fiscalYearSql } from '../duckdb/fiscalYear';

/**
 * SQL the indicators rely on, run once after the tables exist. The fiscal year (年度) starts in
 * April, so every indicator buckets by `fiscal_year_of(date)` instead of the calendar year.
 *
 * Filters are a one-row table the app fills with bound parameters; the `f_*` views apply them,
 * so indicator SQL (including planners' own) is filtered without any value pasted into SQL.
 */
export const INDICATOR_MACROS: readonly string[] = [
  // Built from the model's own rule, so SQL and `fiscalYearOf` in TypeScript cannot disagree.
  `CREATE OR REPLACE MACRO fiscal_year_of(d) AS ${fiscalYearSql('d')}`,
  `CREATE TABLE IF NOT EXISTS filters (district_code VARCHAR, lane VARCHAR, kind VARCHAR, organiser VARCHAR)`,
  `INSERT INTO filters SELECT NULL, NULL, NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM filters)`,
  `CREATE OR REPLACE VIEW f_workshops AS SELECT w.* FROM workshops w, filters f
     WHERE f.district_code IS NULL OR w.district_code = f.district_code`,
  `CREATE OR REPLACE VIEW f_notes AS SELECT n.* FROM notes n JOIN f_workshops w ON w.id = n.workshop_id,
     filters f
     WHERE f.lane IS NULL OR n.lane = f.lane`,
  `CREATE OR REPLACE VIEW f_votes AS SELECT v.* FROM votes v JOIN f_notes n ON n.id = v.note_id`,
  `CREATE OR REPLACE VIEW f_attendance AS SELECT a.* FROM attendance a JOIN f_workshops w ON w.id = a.workshop_id`,
  `CREATE OR REPLACE VIEW f_activities AS SELECT a.* FROM activities a, filters f
     WHERE (f.district_code IS NULL OR a.district_code = f.district_code)
       AND (f.kind IS NULL OR a.kind = f.kind) AND (f.organiser IS NULL OR a.organiser = f.organiser)`,
  `CREATE OR REPLACE VIEW population_by_year AS
     SELECT p.fiscal_year, p.district_code, p.population FROM district_populations p
     UNION ALL
     SELECT y.fiscal_year, d.code, d.population FROM districts d,
       (SELECT DISTINCT fiscal_year_of(date) AS fiscal_year FROM workshops UNION SELECT DISTINCT fiscal_year_of(date) FROM activities) y
     WHERE d.population IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM district_populations q WHERE q.district_code = d.code AND q.fiscal_year = y.fiscal_year)`,
];

/** The columns every indicator returns, so the runner, charts and suppression read any of them alike. */
export const INDICATOR_COLUMNS = ['fiscal_year', 'district_code', 'lane', 'value', 'n'] as const;
