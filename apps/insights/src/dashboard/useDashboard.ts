import { ACTIVITY_KINDS, type Indicator } from '@chiiki/model';
import { useEffect, useState } from 'react';
import type { PlanInfo } from '../app/usePlanInfo';
import type { Db } from '../db/types';
import type { Filters } from '../indicators/filters';
import { type DashboardData, loadDashboard } from './loadDashboard';

/** The dashboard data for the current filters, k and data version; stale results are dropped. */
export function useDashboard(
  db: Db | null,
  version: number,
  filters: Filters,
  k: number,
  plan: PlanInfo,
  labelOf: (ind: Indicator, district: string) => string,
  extra: readonly Indicator[],
): { data: DashboardData | null; error: string | null } {
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: labelOf changes identity each render; language is in plan
  useEffect(() => {
    if (!db) return;
    let live = true;
    // Rows and columns follow the filters: a district filter shows that district, not seven empty rows.
    const keys = {
      districts: plan.districts.map((d) => d.code).filter((c) => !filters.district || c === filters.district),
      lanes: plan.lanes.map((l) => l.key).filter((key) => !filters.lane || key === filters.lane),
      kinds: ACTIVITY_KINDS.filter((kind) => !filters.kind || kind === filters.kind),
    };
    loadDashboard(db, filters, k, keys, labelOf, extra).then(
      (d) => live && setData(d),
      (e: unknown) => live && setError(String(e)),
    );
    return () => {
      live = false;
    };
  }, [db, version, filters, k, plan, extra]);
  return { data, error };
}
