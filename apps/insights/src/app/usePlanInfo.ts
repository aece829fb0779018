import { DEFAULT_PLAN, type District, type Goal, type Lane } from '@chiiki/model';
import { useEffect, useState } from 'react';
import type { Db } from '../db/types';

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

/** Reads the plan parts from the database (the loaded exports' plans), falling back to the default plan. */
export async function readPlanInfo(db: Db): Promise<PlanInfo> {
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
    `SELECT DISTINCT fiscal_year_of(date) AS fy FROM workshops UNION SELECT DISTINCT fiscal_year_of(date) FROM activities ORDER BY fy DESC`,
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

/** The plan info for the current data version. */
export function usePlanInfo(db: Db | null, version: number): PlanInfo {
  const [info, setInfo] = useState<PlanInfo>(FALLBACK);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the signal that the data changed
  useEffect(() => {
    if (!db) return;
    let live = true;
    readPlanInfo(db).then(
      (i) => live && setInfo(i),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, version]);
  return info;
}
