import { CHOSEN_FISCAL_YEAR_SQL } from './macros';

/**
 * Lists the committees read next to the numbers: not (district, value) series but ideas. None
 * takes parameters: each reads the filters and the chosen fiscal year set by `SET_FILTERS_SQL`,
 * so duckdb-wasm plans it once (decision 0023).
 */
export const LIST_QUERIES = {
  /**
   * The most-voted ideas per lane, for "what did residents ask for most". Votes are counted from
   * the bare table: the left join onto `f_notes` keeps only filtered notes' counts anyway, and
   * `f_votes` would join notes and workshops a second time (2 ms of 12 in duckdb-wasm).
   */
  topVotedIdeas: `WITH v AS (SELECT note_id, count(*) AS votes FROM votes GROUP BY note_id),
ranked AS (
  SELECT n.lane, n.text, n.goal_code, w.district_code, coalesce(v.votes, 0) AS votes,
    row_number() OVER (PARTITION BY n.lane ORDER BY coalesce(v.votes, 0) DESC, n.created_at, n.id) AS rank
  FROM f_notes n JOIN workshops w ON w.id = n.workshop_id LEFT JOIN v ON v.note_id = n.id
  WHERE ${CHOSEN_FISCAL_YEAR_SQL} IS NULL OR w.fiscal_year = ${CHOSEN_FISCAL_YEAR_SQL})
SELECT lane, rank, text, goal_code, district_code, votes::INTEGER AS votes FROM ranked WHERE rank <= 5 ORDER BY lane, rank`,
} as const;
