import { DEFAULT_PLAN, type District, type Goal, type Lane } from '@chiiki/model';
import type { Db } from '../db/types';
import { useDbQuery } from './useDbQuery';

/** Lanes, districts, goals and fiscal years present in the loaded data, for filters and labels. */
export interface PlanInfo {
  lanes: Lane[];
  districts: District[];
  goals: Goal[];
  fiscalYears: number[];
}

const FALLBACK: PlanInfo = {
  lanes: DEFAULT_PLAN.lanes,
  districts: DEFAULT_PLAN.districts,
  goals: DEFAULT_PLAN.goals,
  fiscalYears: [],
};

/**
 * Reads the plan parts from the database (the loaded exports' plans). A table with no rows falls
 * back to the default plan, so an empty database still has districts and roles to filter by.
 */
async function readPlanInfo(db: Db): Promise<PlanInfo> {
  const lanes = await db.query(
    'SELECT DISTINCT key, ja, en, colour, sort_order FROM lanes ORDER BY sort_order, key',
  );
  const districts = await db.query(
    'SELECT code, any_value(name) AS name, any_value(population) AS population FROM districts GROUP BY code ORDER BY code',
  );
  const goals = await db.query(
    'SELECT code, any_value(ja) AS ja, any_value(en) AS en FROM goals GROUP BY code ORDER BY code',
  );
  const years = await db.query(
    `SELECT DISTINCT fiscal_year AS fy FROM workshops UNION SELECT DISTINCT fiscal_year FROM activities ORDER BY fy DESC`,
  );
  return {
    lanes: lanes.length
      ? lanes.map((r, i) => ({
          key: String(r.key),
          ja: String(r.ja),
          en: String(r.en),
          colour: String(r.colour),
          order: i,
        }))
      : FALLBACK.lanes,
    districts: districts.length
      ? districts.map((r) => ({
          code: String(r.code),
          name: String(r.name),
          ...(r.population === null ? {} : { population: Number(r.population) }),
        }))
      : FALLBACK.districts,
    goals: goals.length
      ? goals.map((r) => ({ code: String(r.code), ja: String(r.ja), en: String(r.en) }))
      : FALLBACK.goals,
    fiscalYears: years.map((r) => Number(r.fy)),
  };
}

/**
 * The plan info for the current data version. Until it is read, or if reading fails, the default
 * plan stands in so the filters still work; a failure is returned as `error` for the app to show,
 * since labels from the sample plan over a city's own data would otherwise pass unnoticed.
 */
export function usePlanInfo(db: Db | null, version: number): { plan: PlanInfo; error: string | null } {
  const { data, error } = useDbQuery(db, version, readPlanInfo);
  return { plan: data ?? FALLBACK, error };
}
