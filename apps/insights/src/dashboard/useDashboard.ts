import { ACTIVITY_KINDS, type Indicator } from '@chiiki/model';
import { useCallback } from 'react';
import { type DbQuery, useDbQuery } from '../app/useDbQuery';
import type { PlanInfo } from '../app/usePlanInfo';
import type { Db } from '../db/types';
import type { Filters } from '../indicators/filters';
import { type DashboardData, loadDashboard } from './loadDashboard';

/**
 * The dashboard data for the current filters, k and data version, through the shared
 * `useDbQuery`: a result that arrives after a newer run started is dropped, and a failure is
 * kept as an error, never shown as an empty dashboard. Pass `labelOf` through `useCallback` with
 * the language it reads, so switching language relabels the bullets.
 */
export function useDashboard(
  db: Db | null,
  version: number,
  filters: Filters,
  k: number,
  plan: PlanInfo,
  labelOf: (ind: Indicator, district: string) => string,
  extra: readonly Indicator[],
): DbQuery<DashboardData> {
  const run = useCallback(
    (d: Db) => {
      // Rows and columns follow the filters: a district filter shows that district, not seven empty rows.
      const keys = {
        districts: plan.districts
          .map((x) => x.code)
          .filter((c) => !filters.district || c === filters.district),
        lanes: plan.lanes.map((l) => l.key).filter((key) => !filters.lane || key === filters.lane),
        kinds: ACTIVITY_KINDS.filter((kind) => !filters.kind || kind === filters.kind),
      };
      return loadDashboard(d, filters, k, keys, labelOf, extra);
    },
    [filters, k, plan, labelOf, extra],
  );
  return useDbQuery(db, version, run);
}
