import { ACTIVITY_KINDS, ORGANISERS } from '@chiiki/model';
import { Button, useLanguage, useT } from '@chiiki/ui';
import { KIND_LABELS, labelOf, ORGANISER_LABELS } from '../app/labels';
import type { PlanInfo } from '../app/usePlanInfo';
import { type Filters, NO_FILTERS } from '../indicators/filters';

interface FilterBarProps {
  filters: Filters;
  plan: PlanInfo;
  onChange: (f: Filters) => void;
}

/** The five filters (fiscal year, district, lane, activity kind, organiser) as native selects. */
export function FilterBar({ filters, plan, onChange }: FilterBarProps) {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const all = t('filters.all');
  const select = (
    label: string,
    value: string | null,
    options: [string, string][],
    set: (v: string | null) => void,
  ) => (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => set(e.target.value || null)}>
        <option value="">{all}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="filters no-print" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      {select(
        t('filters.fy'),
        filters.fiscalYear === null ? null : String(filters.fiscalYear),
        [...new Set([...plan.fiscalYears, ...(filters.fiscalYear === null ? [] : [filters.fiscalYear])])]
          .sort((a, b) => b - a)
          .map((y) => [String(y), t('fy', { fy: y })]),
        (v) => onChange({ ...filters, fiscalYear: v === null ? null : Number(v) }),
      )}
      {select(
        t('filters.district'),
        filters.district,
        plan.districts.map((d) => [d.code, d.name]),
        (v) => onChange({ ...filters, district: v }),
      )}
      {select(
        t('filters.lane'),
        filters.lane,
        plan.lanes.map((l) => [l.key, language === 'ja' ? l.ja : l.en]),
        (v) => onChange({ ...filters, lane: v }),
      )}
      {select(
        t('filters.kind'),
        filters.kind,
        ACTIVITY_KINDS.map((k) => [k, labelOf(KIND_LABELS, k, language)]),
        (v) => onChange({ ...filters, kind: v }),
      )}
      {select(
        t('filters.organiser'),
        filters.organiser,
        ORGANISERS.map((o) => [o, labelOf(ORGANISER_LABELS, o, language)]),
        (v) => onChange({ ...filters, organiser: v }),
      )}
      <Button variant="quiet" onClick={() => onChange(NO_FILTERS)}>
        {t('filters.reset')}
      </Button>
    </form>
  );
}
