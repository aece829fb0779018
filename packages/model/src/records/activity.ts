import * as v from 'valibot';
import { IsoDateSchema } from './workshop';

/** Kinds of activity the plan counts when it is evaluated (出前講座, 研修, サロン, ...). */
export const ACTIVITY_KINDS = [
  'workshop',
  'outreach_lecture',
  'training',
  'volunteer_activity',
  'salon',
  'newsletter',
  'other',
] as const;
/** An activity kind. */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Who organised an activity: the city, the council, or a local group. */
export const ORGANISERS = ['city', 'council', 'community'] as const;
/** An organiser. */
export type Organiser = (typeof ORGANISERS)[number];

const count = v.pipe(v.number('not_a_number'), v.integer('not_an_integer'), v.minValue(0, 'negative'));

/** One activity record, as planners keep them per district and date (usually in Excel). */
export const ActivitySchema = v.object({
  typeName: v.literal('activity'),
  date: IsoDateSchema,
  districtCode: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,16}$/, 'invalid_code')),
  kind: v.picklist(ACTIVITY_KINDS, 'invalid_choice'),
  organiser: v.picklist(ORGANISERS, 'invalid_choice'),
  participants: count,
  volunteers: count,
  memo: v.optional(v.pipe(v.string(), v.maxLength(1000, 'too_long'))),
});
/** One activity record. */
export type Activity = v.InferOutput<typeof ActivitySchema>;
