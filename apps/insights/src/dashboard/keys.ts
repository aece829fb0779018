/**
 * Names of the counts the dashboard, the indicator tables and the report publish, so the same
 * number in two tables is suppressed alike (decision 0016). `period` is a fiscal year label
 * (2025年度), a month (2025-04) or 'all'; '*' stands for the total over districts, lanes or kinds
 * that the filters let through.
 */
export const countKey = {
  notes: (period: string, district: string, lane: string) => `notes|${period}|${district}|${lane}`,
  participants: (period: string, district: string, kind: string) => `part|${period}|${district}|${kind}`,
  workshopPeople: (period: string, district: string) => `people|${period}|${district}`,
} as const;

/** The period of a count over every fiscal year loaded. */
export const ALL_YEARS = 'all';

/** The label of a fiscal year in keys, as the year trend names its rows. */
export const fyPeriod = (fy: number) => `${fy}年度`;

/**
 * Which published count an indicator's `n` is, by indicator id: the ideas per district and lane
 * are the dashboard's district × lane table, outreach and training attendance its district × kind
 * table, both workshop-people indicators the same people. Any other indicator counts its own thing.
 */
export function indicatorCountKey(id: string): (fy: number, district: string, lane: string) => string {
  switch (id) {
    case 'notes_by_lane':
    case 'notes_lane_share':
      return (fy, d, lane) => countKey.notes(fyPeriod(fy), d, lane);
    case 'outreach_attendance':
      return (fy, d) => countKey.participants(fyPeriod(fy), d, 'outreach_lecture');
    case 'people_trained':
      return (fy, d) => countKey.participants(fyPeriod(fy), d, 'training');
    case 'participants_per_workshop':
    case 'participants_per_1000':
      return (fy, d) => countKey.workshopPeople(fyPeriod(fy), d);
    default:
      return (fy, d, lane) => `ind:${id}|${fyPeriod(fy)}|${d}|${lane}`;
  }
}
