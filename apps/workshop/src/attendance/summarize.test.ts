import type { Attendance } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { summarize } from './summarize';

const row = (r: Partial<Attendance>) =>
  ({
    typeName: 'attendance',
    workshopId: 'w',
    participantId: 'p',
    viaTablet: true,
    count: 1,
    ...r,
  }) as Attendance;

describe('summarize', () => {
  it('counts head-count rows by their count and unanswered questions as unknown', () => {
    const totals = summarize([
      row({ ageBand: '70s', affiliation: 'jichikai' }),
      row({ viaTablet: false, count: 3, ageBand: '80plus' }),
    ]);
    expect([totals.total, totals.viaTablet, totals.headCount]).toEqual([4, 1, 3]);
    expect(Object.fromEntries(totals.byAge)).toEqual({ '70s': 1, '80plus': 3 });
    expect(Object.fromEntries(totals.byAffiliation)).toEqual({ jichikai: 1, unknown: 3 });
  });
});
