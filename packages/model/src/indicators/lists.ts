/**
 * Lists the committees read next to the numbers: not (district, value) series but ideas. Each takes
 * one bound parameter, the fiscal year (or NULL for all years).
 */
export const LIST_QUERIES = {
  /** The most-voted ideas per lane, for "what did residents ask for most". */
  topVotedIdeas: `WITH v AS (SELECT note_id, count(*) AS votes FROM f_votes GROUP BY note_id),
ranked AS (
  SELECT n.lane, n.text, n.goal_code, w.district_code, coalesce(v.votes, 0) AS votes,
    row_number() OVER (PARTITION BY n.lane ORDER BY coalesce(v.votes, 0) DESC, n.created_at, n.id) AS rank
  FROM f_notes n JOIN workshops w ON w.id = n.workshop_id LEFT JOIN v ON v.note_id = n.id
  WHERE ?::INTEGER IS NULL OR w.fiscal_year = ?::INTEGER)
SELECT lane, rank, text, goal_code, district_code, votes::INTEGER AS votes FROM ranked WHERE rank <= 5 ORDER BY lane, rank`,
} as const;
