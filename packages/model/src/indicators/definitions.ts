import type { Indicator } from '../records/indicator';

/** Groups per fiscal year and district, plus a whole-city row with district_code '*'. */
const BY_DISTRICT = 'GROUPING SETS ((fiscal_year, district_code), (fiscal_year))';

function ind(
  id: string,
  ja: string,
  en: string,
  unit: string,
  sql: string,
  higherIsBetter = true,
  isCount = false,
): Indicator {
  return { typeName: 'indicator', id, ja, en, unit, sql, higherIsBetter, isCount };
}

/** Activity people counts of one kind, per fiscal year and district (and city total). */
function activitySum(kind: string, column: 'participants' | 'volunteers'): string {
  return `SELECT fiscal_year, coalesce(district_code, '*') AS district_code, NULL::VARCHAR AS lane,
  sum(${column})::DOUBLE AS value, sum(${column})::DOUBLE AS n
FROM f_activities WHERE kind = '${kind}' GROUP BY ${BY_DISTRICT}`;
}

/** Number of activities of one kind; events, not people, so n is null (never suppressed). */
function activityCount(kind: string): string {
  return `SELECT fiscal_year, coalesce(district_code, '*') AS district_code, NULL::VARCHAR AS lane,
  count(*)::DOUBLE AS value, NULL::DOUBLE AS n
FROM f_activities WHERE kind = '${kind}' GROUP BY ${BY_DISTRICT}`;
}

const PEOPLE_PER_WORKSHOP = `WITH w AS (
  SELECT w.id, w.district_code, w.fiscal_year, coalesce(sum(a.count), 0) AS people
  FROM f_workshops w LEFT JOIN f_attendance a ON a.workshop_id = w.id GROUP BY ALL)`;

/**
 * The indicators the committees read each year (issue 5 item 3). Each returns
 * (fiscal_year, district_code, lane, value, n): `n` is the count of people or notes the value
 * rests on, so small-cell suppression can hide rates and shares built on small counts.
 */
export const INDICATORS: readonly Indicator[] = [
  ind(
    'notes_by_lane',
    'ワークショップの意見数（役割別）',
    'Workshop ideas by lane',
    '件',
    `SELECT w.fiscal_year, coalesce(w.district_code, '*') AS district_code, n.lane,
  count(*)::DOUBLE AS value, count(*)::DOUBLE AS n
FROM f_notes n JOIN workshops w ON w.id = n.workshop_id
GROUP BY GROUPING SETS ((fiscal_year, w.district_code, n.lane), (fiscal_year, n.lane))`,
    true,
    true,
  ),
  ind(
    'notes_lane_share',
    '意見に占める役割の割合',
    'Share of ideas by lane',
    '%',
    `WITH c AS (
  SELECT w.fiscal_year, coalesce(w.district_code, '*') AS district_code, n.lane, count(*) AS k
  FROM f_notes n JOIN workshops w ON w.id = n.workshop_id
  GROUP BY GROUPING SETS ((fiscal_year, w.district_code, n.lane), (fiscal_year, n.lane)))
SELECT fiscal_year, district_code, lane, (100.0 * k / sum(k) OVER (PARTITION BY fiscal_year, district_code))::DOUBLE AS value,
  k::DOUBLE AS n FROM c`,
  ),
  ind(
    'workshops_held',
    'ワークショップ開催回数',
    'Workshops held',
    '回',
    `SELECT fiscal_year, coalesce(district_code, '*') AS district_code, NULL::VARCHAR AS lane,
  count(*)::DOUBLE AS value, NULL::DOUBLE AS n FROM f_workshops GROUP BY ${BY_DISTRICT}`,
  ),
  ind(
    'participants_per_workshop',
    'ワークショップ1回あたり参加者数',
    'Participants per workshop',
    '人',
    `${PEOPLE_PER_WORKSHOP}
SELECT fiscal_year, coalesce(district_code, '*') AS district_code, NULL::VARCHAR AS lane,
  avg(people)::DOUBLE AS value, sum(people)::DOUBLE AS n FROM w GROUP BY ${BY_DISTRICT}`,
  ),
  ind(
    'participants_per_1000',
    'ワークショップ参加者数（人口千人あたり）',
    'Workshop participants per 1,000 residents',
    '人/千人',
    `${PEOPLE_PER_WORKSHOP},
p AS (SELECT fiscal_year, coalesce(district_code, '*') AS district_code, sum(people) AS people FROM w GROUP BY ${BY_DISTRICT}),
pop AS (SELECT fiscal_year, coalesce(district_code, '*') AS district_code, sum(population) AS population
  FROM population_by_year GROUP BY ${BY_DISTRICT})
SELECT p.fiscal_year, p.district_code, NULL::VARCHAR AS lane, (1000.0 * p.people / pop.population)::DOUBLE AS value,
  p.people::DOUBLE AS n
FROM p JOIN pop ON pop.fiscal_year = p.fiscal_year AND pop.district_code = p.district_code WHERE pop.population > 0`,
  ),
  ind(
    'districts_covered',
    'ワークショップを開催した地区数',
    'Districts with a workshop this fiscal year',
    '地区',
    `SELECT fiscal_year, '*' AS district_code, NULL::VARCHAR AS lane,
  count(DISTINCT district_code)::DOUBLE AS value, NULL::DOUBLE AS n FROM f_workshops GROUP BY ALL`,
  ),
  ind(
    'outreach_lectures',
    '出前講座の開催回数',
    'Outreach lectures held',
    '回',
    activityCount('outreach_lecture'),
  ),
  ind(
    'outreach_attendance',
    '出前講座の参加者数',
    'Outreach lecture attendance',
    '人',
    activitySum('outreach_lecture', 'participants'),
    true,
    true,
  ),
  ind(
    'people_trained',
    '研修の受講者数',
    'People trained',
    '人',
    activitySum('training', 'participants'),
    true,
    true,
  ),
  ind(
    'volunteer_activities',
    'ボランティア活動の件数',
    'Volunteer activities',
    '件',
    activityCount('volunteer_activity'),
  ),
  ind(
    'volunteers',
    'ボランティア活動の参加ボランティア数',
    'Volunteers in volunteer activities',
    '人',
    activitySum('volunteer_activity', 'volunteers'),
    true,
    true,
  ),
  ind('salons_held', 'サロンの開催回数', 'Salons held', '回', activityCount('salon')),
  ind(
    'ideas_traced_to_goals',
    '計画の目標に結び付いた意見の割合',
    'Share of ideas traced to a plan goal',
    '%',
    `SELECT w.fiscal_year, coalesce(w.district_code, '*') AS district_code, NULL::VARCHAR AS lane,
  (100.0 * count(n.goal_code) / count(*))::DOUBLE AS value, count(*)::DOUBLE AS n
FROM f_notes n JOIN workshops w ON w.id = n.workshop_id GROUP BY ${BY_DISTRICT}`,
  ),
];
