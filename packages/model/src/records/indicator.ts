import * as v from 'valibot';

/**
 * An indicator the committees read: SQL over the model's DuckDB tables that returns rows of
 * (fiscal_year, district_code, [lane], value). Planners can add their own in the insights app.
 */
export const IndicatorSchema = v.object({
  typeName: v.literal('indicator'),
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,63}$/, 'invalid_key')),
  ja: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(200, 'too_long')),
  en: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(200, 'too_long')),
  unit: v.pipe(v.string(), v.maxLength(20, 'too_long')),
  sql: v.pipe(v.string(), v.minLength(1, 'required'), v.maxLength(20000, 'too_long')),
  higherIsBetter: v.boolean(),
  /** Counts of people are suppressed below k when shared; rates and shares follow their counts. */
  isCount: v.optional(v.boolean()),
});
/** An indicator definition. */
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
