import { CHOSEN_FISCAL_YEAR_SQL } from '@chiiki/model';
import type { Db } from '../db/types';

/** One theme of the worksheet: a facilitator's group (or a single idea) under a goal and a lane. */
export interface Theme {
  goal: string;
  lane: string;
  theme: string;
  ideas: number;
  workshops: number;
  districts: string[];
  votes: number;
  /** The fewest votes any one of its ideas got, zero-vote ideas left out (null: no votes at all). */
  leastVotes: number | null;
}

/**
 * The ideas of the fiscal year chosen by `setFilters` as themes: notes a facilitator grouped count
 * as one theme under the group's name, others stand alone; identical texts from different
 * workshops merge, which is how "raised in 3 workshops" is counted. The year is read from the
 * filters variable, not bound, so duckdb-wasm plans the statement once (decision 0023).
 */
export async function readThemes(db: Db): Promise<Theme[]> {
  // Sorted outside the grouping: DuckDB's GROUP BY ALL refuses `ORDER BY goal = ''` on the alias.
  const rows = await db.query(
    `WITH v AS (SELECT note_id, count(*) AS votes FROM f_votes GROUP BY note_id),
     t AS (SELECT coalesce(n.goal_code, g.goal_code, '') AS goal, n.lane,
       coalesce(g.name, n.text) AS theme, count(*)::INTEGER AS ideas,
       count(DISTINCT n.workshop_id)::INTEGER AS workshops,
       string_agg(DISTINCT w.district_code, ',' ORDER BY w.district_code) AS districts,
       coalesce(sum(v.votes), 0)::INTEGER AS votes, min(v.votes)::INTEGER AS least_votes
     FROM f_notes n JOIN workshops w ON w.id = n.workshop_id
     LEFT JOIN groups g ON g.id = n.group_id LEFT JOIN v ON v.note_id = n.id
     WHERE ${CHOSEN_FISCAL_YEAR_SQL} IS NULL OR w.fiscal_year = ${CHOSEN_FISCAL_YEAR_SQL}
     GROUP BY ALL)
     SELECT * FROM t ORDER BY goal = '', goal, lane, votes DESC, workshops DESC, theme`,
  );
  return rows.map((r) => ({
    goal: String(r.goal),
    lane: String(r.lane),
    theme: String(r.theme),
    ideas: Number(r.ideas),
    workshops: Number(r.workshops),
    districts: String(r.districts ?? '')
      .split(',')
      .filter(Boolean),
    votes: Number(r.votes),
    leastVotes: r.least_votes === null || r.least_votes === undefined ? null : Number(r.least_votes),
  }));
}
