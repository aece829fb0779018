import * as v from 'valibot';

/** An instant as ISO 8601 text with seconds and a zone (`2025-06-14T01:02:03.456Z`): how every record stamps time. */
export const IsoTimestampSchema = v.pipe(v.string(), v.isoTimestamp('invalid_date'));
