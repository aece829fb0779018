import * as v from 'valibot';

/**
 * A district's population in one fiscal year. Rates per 1,000 residents need the population of
 * the year they describe; the plan's single `population` is only the fallback.
 */
export const DistrictPopulationSchema = v.object({
  typeName: v.literal('district_population'),
  districtCode: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,16}$/, 'invalid_code')),
  fiscalYear: v.pipe(v.number(), v.integer('not_an_integer'), v.minValue(1990), v.maxValue(2100)),
  population: v.pipe(v.number('not_a_number'), v.integer('not_an_integer'), v.minValue(0, 'negative')),
});
/** A district's population in one fiscal year. */
export type DistrictPopulation = v.InferOutput<typeof DistrictPopulationSchema>;
