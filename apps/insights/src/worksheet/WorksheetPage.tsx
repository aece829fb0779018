import './worksheet.css';
import { Button, useLanguage, useT } from '@chiiki/ui';
import { useCallback, useState } from 'react';
import { QueryError } from '../app/QueryError';
import { useDbQuery } from '../app/useDbQuery';
import type { PlanInfo } from '../app/usePlanInfo';
import type { Db } from '../db/types';
import { CsvButton } from '../export/CsvButton';
import { download } from '../export/csv';
import type { Filters } from '../indicators/filters';
import { setFilters } from '../indicators/runner';
import { worksheetMarkdown } from './markdown';
import { readThemes, type Theme } from './query';
import { themeVotes } from './votes';

interface WorksheetPageProps {
  db: Db;
  version: number;
  filters: Filters;
  plan: PlanInfo;
  /** Small-cell threshold: votes are counts of people, hidden in the document as in the report. */
  k: number;
}

const keyOf = (t: Theme) => `${t.goal}|${t.lane}|${t.theme}`;

/** The plan revision worksheet: themes by goal and role with votes; pick, then save as Markdown or CSV. */
export function WorksheetPage({ db, version, filters, plan, k }: WorksheetPageProps) {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const [off, setOff] = useState<Set<string>>(new Set());
  const run = useCallback(
    async (d: Db): Promise<Theme[]> => {
      await setFilters(d, filters);
      return readThemes(d);
    },
    [filters],
  );
  const { data, error } = useDbQuery(db, version, run);
  const themes = data ?? [];
  const goalName = (c: string) => {
    const g = plan.goals.find((x) => x.code === c);
    return g ? `${c}. ${language === 'ja' ? g.ja : g.en}` : t('ws.noGoal');
  };
  const laneName = (k: string) => {
    const l = plan.lanes.find((x) => x.key === k);
    return l ? (language === 'ja' ? l.ja : l.en) : k;
  };
  const dn = (c: string) => plan.districts.find((d) => d.code === c)?.name ?? c;
  const chosen = themes.filter((x) => !off.has(keyOf(x)));
  const goals = [...new Set(themes.map((x) => x.goal))];
  const lanes = plan.lanes.map((l) => l.key);
  const names = {
    title: t('nav.worksheet'),
    goal: goalName,
    lane: laneName,
    district: dn,
    votes: t('ws.votes'),
    workshops: t('ws.workshops'),
  };
  return (
    <div className="worksheet">
      <p className="lead">{t('ws.lead')}</p>
      <QueryError error={error} />
      <div className="row no-print">
        <Button
          onClick={() =>
            download(
              'plan_revision.md',
              worksheetMarkdown(chosen, lanes, names, k),
              'text/markdown;charset=utf-8',
            )
          }
        >
          {t('ws.markdown')}
        </Button>
        <CsvButton
          file="plan_revision.csv"
          header={[
            t('ws.goal'),
            t('filters.lane'),
            t('ws.idea'),
            t('ws.votes'),
            t('ws.workshops'),
            t('ws.districts'),
          ]}
          k={k}
          rows={chosen.map((x) => [
            goalName(x.goal),
            laneName(x.lane),
            x.theme,
            themeVotes(x, k),
            x.workshops,
            x.districts.map(dn).join('・'),
          ])}
        />
      </div>
      {goals.map((g) => (
        <section key={g} className="card">
          <h2>{goalName(g)}</h2>
          <div className="ws-lanes">
            {lanes.map((lane) => {
              const list = themes.filter((x) => x.goal === g && x.lane === lane);
              return (
                <div key={lane} className="ws-lane">
                  <h3>{laneName(lane)}</h3>
                  <ul className="plain">
                    {list.map((x) => (
                      <li key={keyOf(x)}>
                        <label>
                          <input
                            type="checkbox"
                            className="no-print"
                            checked={!off.has(keyOf(x))}
                            onChange={(e) => {
                              const next = new Set(off);
                              if (e.target.checked) next.delete(keyOf(x));
                              else next.add(keyOf(x));
                              setOff(next);
                            }}
                          />{' '}
                          {x.theme}{' '}
                          <small>
                            （{t('ws.votes')} {themeVotes(x, k)}・{t('ws.workshops')} {x.workshops}・
                            {x.districts.map(dn).join('・')}）
                          </small>
                        </label>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
