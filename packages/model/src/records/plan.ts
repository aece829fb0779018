import * as v from 'valibot';
import { idOf, type PlanId } from './ids';

/** The four actors of the plan chapter; a plan may define others, these are the default lanes. */
export const DEFAULT_LANE_KEYS = ['citizen', 'community', 'city', 'council'] as const;

const laneKey = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,31}$/, 'invalid_key'));
const colour = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'invalid_colour'));
const fiscalYear = v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100));
const name = v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(200, 'too_long'));

/** A role lane of the board: who carries an idea out (市民, 地域団体等, 市, 社協 by default). */
export const LaneSchema = v.object({
  key: laneKey,
  ja: name,
  en: name,
  colour,
  order: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
/** A role lane of the board. */
export type Lane = v.InferOutput<typeof LaneSchema>;

/** A plan goal (基本目標/施策) that ideas and activities can be traced to. */
export const GoalSchema = v.object({
  code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,16}$/, 'invalid_code')),
  ja: name,
  en: name,
});
/** A plan goal. */
export type Goal = v.InferOutput<typeof GoalSchema>;

/** A district (地区), roughly a school district's living area: the unit of work and evaluation. */
export const DistrictSchema = v.object({
  code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,16}$/, 'invalid_code')),
  name,
  population: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
/** A district of the plan. */
export type District = v.InferOutput<typeof DistrictSchema>;

/** A city's plan configuration: lanes, goals and districts differ between cities. */
export const PlanSchema = v.pipe(
  v.object({
    typeName: v.literal('plan'),
    id: idOf<PlanId>(),
    name,
    period: v.object({ from: fiscalYear, to: fiscalYear }),
    lanes: v.pipe(v.array(LaneSchema), v.minLength(1, 'required'), v.maxLength(12, 'too_many')),
    goals: v.pipe(v.array(GoalSchema), v.maxLength(100, 'too_many')),
    districts: v.pipe(v.array(DistrictSchema), v.minLength(1, 'required'), v.maxLength(200, 'too_many')),
    sample: v.optional(v.boolean()),
  }),
  v.check((p) => p.period.from <= p.period.to, 'period_order'),
  v.check((p) => new Set(p.lanes.map((l) => l.key)).size === p.lanes.length, 'duplicate_key'),
  v.check((p) => new Set(p.districts.map((d) => d.code)).size === p.districts.length, 'duplicate_code'),
  v.check((p) => new Set(p.goals.map((g) => g.code)).size === p.goals.length, 'duplicate_code'),
);
/** A city's plan configuration. */
export type Plan = v.InferOutput<typeof PlanSchema>;
