import { DEFAULT_PLAN } from '../plan/defaultPlan';
import type { Activity, ActivityKind, Organiser } from '../records/activity';
import type { District } from '../records/plan';
import { createRng, type Rng } from './prng';
import { ACTIVITY_MEMOS } from './texts';

/** How often each kind occurs, who organises it, and how many take part (min, max). */
const KIND_MIX: readonly (readonly [
  ActivityKind,
  number,
  readonly (readonly [Organiser, number])[],
  number,
  number,
])[] = [
  [
    'salon',
    30,
    [
      ['community', 7],
      ['council', 3],
    ],
    5,
    30,
  ],
  [
    'outreach_lecture',
    20,
    [
      ['city', 5],
      ['council', 5],
    ],
    10,
    60,
  ],
  [
    'volunteer_activity',
    20,
    [
      ['council', 6],
      ['community', 4],
    ],
    3,
    25,
  ],
  [
    'training',
    10,
    [
      ['council', 7],
      ['city', 3],
    ],
    8,
    40,
  ],
  [
    'newsletter',
    10,
    [
      ['city', 6],
      ['council', 4],
    ],
    0,
    0,
  ],
  [
    'workshop',
    5,
    [
      ['city', 5],
      ['council', 5],
    ],
    12,
    40,
  ],
  [
    'other',
    5,
    [
      ['city', 1],
      ['council', 1],
      ['community', 1],
    ],
    2,
    30,
  ],
];

/** Where and when activity rows are drawn from. */
export type ActivityOptions = {
  /** Fiscal years (年度) the rows cover; defaults to the first three of the default plan. */
  fiscalYears?: readonly number[];
  /** Districts, drawn in proportion to population; defaults to the default plan's. */
  districts?: readonly District[];
};

const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function drawRow(rng: Rng, date: string, districts: readonly (readonly [string, number])[]): Activity {
  const [kind, , organisers, min, max] = rng.weighted(KIND_MIX.map((k) => [k, k[1]] as const));
  const participants = rng.int(min, max);
  const row: Activity = {
    typeName: 'activity',
    date,
    districtCode: rng.weighted(districts),
    kind,
    organiser: rng.weighted(organisers),
    participants,
    volunteers: kind === 'newsletter' ? 0 : rng.int(0, Math.max(1, Math.round(participants / 4))),
  };
  return rng.chance(0.2) ? { ...row, memo: rng.pick(ACTIVITY_MEMOS) } : row;
}

/**
 * Yields `n` synthetic activity records in date order across the fiscal years and all districts.
 * A generator, so a million rows (for benchmarks and CSV files) never sit in one array.
 */
export function* generateActivities(
  seed: number,
  n: number,
  options: ActivityOptions = {},
): Generator<Activity> {
  const years = options.fiscalYears ?? [
    DEFAULT_PLAN.period.from,
    DEFAULT_PLAN.period.from + 1,
    DEFAULT_PLAN.period.from + 2,
  ];
  const districts = (options.districts ?? DEFAULT_PLAN.districts).map(
    (d) => [d.code, d.population ?? 1] as const,
  );
  if (years.length === 0 || districts.length === 0)
    throw new RangeError('generateActivities needs years and districts');
  const sorted = [...years].sort((a, b) => a - b);
  const spans = sorted.map(
    (y) => [Date.UTC(y, 3, 1), (Date.UTC(y + 1, 3, 1) - Date.UTC(y, 3, 1)) / DAY_MS] as const,
  );
  const totalDays = spans.reduce((sum, [, days]) => sum + days, 0);
  const rng = createRng(seed);
  for (let k = 0; k < n; k++) {
    let day = Math.floor(((k + rng.next()) * totalDays) / n);
    let date = '';
    for (const [start, days] of spans) {
      if (day < days) {
        date = isoDay(start + day * DAY_MS);
        break;
      }
      day -= days;
    }
    yield drawRow(rng, date, districts);
  }
}
