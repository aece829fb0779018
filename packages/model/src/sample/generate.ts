import type { WorkshopExport } from '../export/schema';
import { DEFAULT_PLAN } from '../plan/defaultPlan';
import type { Activity } from '../records/activity';
import type { Plan } from '../records/plan';
import { ALL_DISTRICTS, type Target } from '../records/target';
import { generateActivities } from './activities';
import { createRng, deriveSeed } from './prng';
import { drawWorkshopExport } from './workshop';

/** How much sample data to make; every field has a small default. */
export type SampleOptions = {
  seed: number;
  /** Number of workshops, spread over districts and fiscal years (default 8). */
  workshops?: number;
  /** Ideas per workshop; the first four cover all four lanes (default 24). */
  notesPerWorkshop?: number;
  /** Activity records (default 500). For very many rows use `generateActivities` instead. */
  activityRows?: number;
  /** Fiscal years: a list, or a count of years from the plan's first year (default 3). */
  fiscalYears?: number | readonly number[];
};

/** A synthetic plan's worth of data: the plan, workshop exports, activities and targets. */
export type Sample = { plan: Plan; exports: WorkshopExport[]; activities: Activity[]; targets: Target[] };

/** The fiscal years a sample covers. */
function yearsOf(plan: Plan, fiscalYears: number | readonly number[]): number[] {
  if (typeof fiscalYears !== 'number') return [...fiscalYears].sort((a, b) => a - b);
  return Array.from({ length: fiscalYears }, (_, i) => plan.period.from + i);
}

/** Targets the committees set: city-wide yearly targets, and outreach lectures per district. */
function drawTargets(seed: number, plan: Plan, years: readonly number[]): Target[] {
  const rng = createRng(deriveSeed(seed, 'targets'));
  const targets: Target[] = [];
  const target = (indicatorId: string, districtCode: string, fiscalYear: number, value: number) =>
    targets.push({ typeName: 'target', indicatorId, districtCode, fiscalYear, value });
  years.forEach((fy, i) => {
    target('workshops_held', ALL_DISTRICTS, fy, plan.districts.length + i * 2);
    target('districts_covered', ALL_DISTRICTS, fy, plan.districts.length);
    target('outreach_lectures', ALL_DISTRICTS, fy, 40 + i * 5);
    target('volunteer_activities', ALL_DISTRICTS, fy, 60 + i * 6);
    target('people_trained', ALL_DISTRICTS, fy, 300 + i * 30);
    for (const d of plan.districts) target('outreach_lectures', d.code, fy, rng.int(3, 6) + i);
  });
  return targets;
}

/**
 * Makes deterministic synthetic data for demos, tests and benchmarks: the same seed and options
 * always give the same records, and every record passes its schema. Uses the default plan,
 * which is labelled as a sample so nobody mistakes it for a real city.
 */
export function generateSample(options: SampleOptions): Sample {
  const { seed, workshops = 8, notesPerWorkshop = 24, activityRows = 500, fiscalYears = 3 } = options;
  const plan = DEFAULT_PLAN;
  const years = yearsOf(plan, fiscalYears);
  const rng = createRng(deriveSeed(seed, 'workshops'));
  const exports: WorkshopExport[] = [];
  for (let i = 0; i < workshops; i++) {
    const fy = years[i % years.length] ?? plan.period.from;
    const district = plan.districts[i % plan.districts.length] ?? plan.districts[0];
    const month = rng.pick([5, 6, 7, 9, 10, 11, 1, 2]);
    const date = `${month < 4 ? fy + 1 : fy}-${String(month).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    exports.push(
      drawWorkshopExport(rng, plan, {
        index: i + 1,
        prefix: `s${seed >>> 0}`,
        date,
        districtCode: district?.code ?? 'D01',
        notes: notesPerWorkshop,
      }),
    );
  }
  const activities = [
    ...generateActivities(deriveSeed(seed, 'activities'), activityRows, {
      fiscalYears: years,
      districts: plan.districts,
    }),
  ];
  return { plan, exports, activities, targets: drawTargets(seed, plan, years) };
}
