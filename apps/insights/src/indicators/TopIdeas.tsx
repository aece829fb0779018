import { LIST_QUERIES } from '@chiiki/model';
import { useLanguage, useT } from '@chiiki/ui';
import { useCallback } from 'react';
import { QueryError } from '../app/QueryError';
import { useDbQuery } from '../app/useDbQuery';
import type { PlanInfo } from '../app/usePlanInfo';
import type { Db, Row } from '../db/types';
import { DataTable } from '../export/DataTable';
import { figure, isSmall } from '../suppress/format';
import type { Filters } from './filters';
import { setFilters } from './runner';

interface TopIdeasProps {
  db: Db;
  version: number;
  filters: Filters;
  plan: PlanInfo;
  k: number;
}

/**
 * The five most-voted ideas of each lane in the chosen period: what residents asked for most.
 * Votes are counts of people: 1 to k−1 print as ＊ here and in the exports. No vote total is
 * published beside them, and the worksheet hides a theme's total whenever one of its ideas has a
 * hidden count (worksheet/votes.ts), so a hidden count is not a difference of shown ones.
 */
export function TopIdeas({ db, version, filters, plan, k }: TopIdeasProps) {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const run = useCallback(
    async (d: Db): Promise<Row[]> => {
      await setFilters(d, filters);
      // No parameters: the list reads the year setFilters stored, so duckdb-wasm plans it once.
      return d.query(LIST_QUERIES.topVotedIdeas);
    },
    [filters],
  );
  const { data, error } = useDbQuery(db, version, run);
  const rows = data ?? [];
  const lane = (k: string) => {
    const l = plan.lanes.find((x) => x.key === k);
    return l ? (language === 'ja' ? l.ja : l.en) : k;
  };
  const dn = (c: string) => plan.districts.find((d) => d.code === c)?.name ?? c;
  const header = [t('filters.lane'), '#', t('ws.idea'), t('ws.votes'), t('filters.district')];
  const order = (k: string) => plan.lanes.findIndex((l) => l.key === k);
  const sorted = [...rows].sort(
    (a, b) => order(String(a.lane)) - order(String(b.lane)) || Number(a.rank) - Number(b.rank),
  );
  const body = sorted.map((r) => [
    lane(String(r.lane)),
    Number(r.rank),
    String(r.text),
    figure(Number(r.votes), isSmall(Number(r.votes), k)),
    dn(String(r.district_code)),
  ]);
  return (
    <>
      <QueryError error={error} />
      <DataTable
        caption={t('ind.topIdeas')}
        header={header}
        rows={body}
        file="top_voted_ideas.csv"
        k={k}
        rowHeaders={false}
      />
    </>
  );
}
