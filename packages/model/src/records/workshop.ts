import * as v from 'valibot';
import { idOf, type PlanId, type WorkshopId } from './ids';

/**
 * The phases of a district workshop, in order. Each phase has rules the server enforces
 * (silent writing hides others' notes; voting takes no new notes; closed takes nothing).
 */
export const PHASES = [
  'preparation',
  'writing',
  'sharing',
  'grouping',
  'voting',
  'wrapup',
  'closed',
] as const;
/** A workshop phase. */
export type Phase = (typeof PHASES)[number];
/** Validator for a phase name. */
export const PhaseSchema = v.picklist(PHASES, 'invalid_choice');

/** Whether a workshop is still taking input or frozen for the record. */
export const WORKSHOP_STATUSES = ['open', 'closed'] as const;
/** Workshop status. */
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

/** ISO calendar date (YYYY-MM-DD), the way workshops and activities are dated. */
export const IsoDateSchema = v.pipe(v.string(), v.isoDate('invalid_date'));

/** A district workshop: one board, one district, one theme, one day. */
export const WorkshopSchema = v.object({
  typeName: v.literal('workshop'),
  id: idOf<WorkshopId>(),
  planId: idOf<PlanId>(),
  districtCode: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,16}$/, 'invalid_code')),
  theme: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(200, 'too_long')),
  date: IsoDateSchema,
  status: v.picklist(WORKSHOP_STATUSES, 'invalid_choice'),
  phase: PhaseSchema,
  facilitator: v.optional(v.pipe(v.string(), v.maxLength(100, 'too_long'))),
});
/** A district workshop. */
export type Workshop = v.InferOutput<typeof WorkshopSchema>;
