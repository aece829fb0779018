import type { Indicator } from '@chiiki/model';
import { useLanguage } from '@chiiki/ui';
import type { PlanInfo } from '../app/usePlanInfo';
import type { DashboardData } from '../dashboard/loadDashboard';
import type { Db } from '../db/types';
import { CustomIndicators } from './CustomIndicators';
import type { Filters } from './filters';
import { IndicatorTable } from './IndicatorTable';
import { TopIdeas } from './TopIdeas';

interface IndicatorsPageProps {
  db: Db;
  version: number;
  filters: Filters;
  data: DashboardData;
  plan: PlanInfo;
  k: number;
  custom: readonly Indicator[];
  onSaveCustom: (list: Indicator[]) => void;
}

/** Every indicator (the model's and the planner's own) as tables, and the SQL editor. */
export function IndicatorsPage({
  db,
  version,
  filters,
  data,
  plan,
  k,
  custom,
  onSaveCustom,
}: IndicatorsPageProps) {
  const { language } = useLanguage();
  const dn = (c: string) => plan.districts.find((d) => d.code === c)?.name ?? c;
  const ln = (key: string) => {
    const l = plan.lanes.find((x) => x.key === key);
    return l ? (language === 'ja' ? l.ja : l.en) : key;
  };
  return (
    <div className="indicators">
      <TopIdeas db={db} version={version} filters={filters} plan={plan} k={k} />
      {data.indicators.map(({ indicator, rows, hidden, previousHidden }) => (
        <IndicatorTable
          key={indicator.id}
          indicator={indicator}
          rows={rows}
          hidden={hidden}
          previousHidden={previousHidden}
          k={k}
          districtName={dn}
          laneName={ln}
        />
      ))}
      <CustomIndicators db={db} list={custom} onSave={onSaveCustom} />
    </div>
  );
}
