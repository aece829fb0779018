import * as v from 'valibot';

/** The district code a target uses when it is for the whole city rather than one district. */
export const ALL_DISTRICTS = '*';

/** A target value for an indicator in a fiscal year, for one district or the whole city. */
export const TargetSchema = v.object({
  typeName: v.literal('target'),
  indicatorId: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,63}$/, 'invalid_key')),
  districtCode: v.pipe(v.string(), v.regex(/^(\*|[A-Za-z0-9_-]{1,16})$/, 'invalid_code')),
  fiscalYear: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100)),
  value: v.pipe(v.number('not_a_number'), v.finite()),
});
/** A target value. */
export type Target = v.InferOutput<typeof TargetSchema>;
