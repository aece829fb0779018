import { INDICATORS } from '@chiiki/model';
import { expect, it } from 'vitest';
import { NO_FILTERS } from '../indicators/filters';
import { runIndicator, setFilters } from '../indicators/runner';
import { rebuild } from '../store/apply';
import { openNodeDb } from '../testing/nodeDb';
import { sampleSources } from './sampleSources';

it('the sample loads in one transaction and every indicator returns rows', async () => {
  const db = await openNodeDb();
  await rebuild(db, sampleSources());
  await setFilters(db, NO_FILTERS);
  const counts = await db.query(
    'SELECT (SELECT count(*) FROM workshops) AS w, (SELECT count(*) FROM notes) AS n, (SELECT count(*) FROM activities) AS a',
  );
  expect(counts[0]).toMatchObject({ w: 16, a: 1500 });
  for (const ind of INDICATORS) {
    const rows = await runIndicator(db, ind, NO_FILTERS);
    expect(rows.length, ind.id).toBeGreaterThan(0);
  }
  const lectures = await runIndicator(
    db,
    INDICATORS.find((i) => i.id === 'outreach_lectures') ?? (INDICATORS[0] as never),
    NO_FILTERS,
  );
  expect(lectures.some((r) => r.target !== null && r.status !== 'no_target')).toBe(true);
});
