import type { Indicator } from '@chiiki/model';
import { Button, useLanguage, useT } from '@chiiki/ui';
import { useState } from 'react';
import type { Db } from '../db/types';
import { checkIndicator } from './custom';

interface CustomIndicatorsProps {
  db: Db;
  list: readonly Indicator[];
  onSave: (list: Indicator[]) => void;
}

const EMPTY: Indicator = {
  typeName: 'indicator',
  id: 'my_indicator',
  ja: '',
  en: '',
  unit: '件',
  sql: "SELECT fiscal_year_of(date) AS fiscal_year, coalesce(district_code, '*') AS district_code,\n  count(*) AS value\nFROM f_activities WHERE kind = 'salon'\nGROUP BY GROUPING SETS ((fiscal_year, district_code), (fiscal_year))",
  higherIsBetter: true,
};

/** The editor for a planner's own indicators: SQL checked by DuckDB before it is saved. */
export function CustomIndicators({ db, list, onSave }: CustomIndicatorsProps) {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const [draft, setDraft] = useState<Indicator>(EMPTY);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const check = async () => {
    const e = await checkIndicator(db, draft);
    setResult(e ? { ok: false, text: language === 'ja' ? e.ja : e.en } : { ok: true, text: t('ind.ok') });
    return e === null;
  };
  const field = (key: 'id' | 'ja' | 'en' | 'unit', label: string) => (
    <label>
      {label}
      <input value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </label>
  );
  return (
    <section className="card no-print">
      <h2>{t('ind.custom')}</h2>
      <p className="note">{t('ind.help')}</p>
      <ul className="plain">
        {list.map((i) => (
          <li key={i.id}>
            <button type="button" className="link" onClick={() => setDraft(i)}>
              {i.id} — {language === 'ja' ? i.ja : i.en}
            </button>{' '}
            <Button variant="quiet" onClick={() => onSave(list.filter((x) => x.id !== i.id))}>
              {t('ind.del')}
            </Button>
          </li>
        ))}
      </ul>
      <div className="form-grid">
        {field('id', t('ind.id'))}
        {field('ja', t('ind.ja'))}
        {field('en', t('ind.en'))}
        {field('unit', t('ind.unit'))}
        <label>
          <input
            type="checkbox"
            checked={draft.higherIsBetter}
            onChange={(e) => setDraft({ ...draft, higherIsBetter: e.target.checked })}
          />{' '}
          {t('ind.higher')}
        </label>
      </div>
      <label className="block">
        {t('ind.sql')}
        <textarea
          rows={7}
          spellCheck={false}
          value={draft.sql}
          onChange={(e) => setDraft({ ...draft, sql: e.target.value })}
        />
      </label>
      {result ? (
        <p className={result.ok ? 'ok' : 'error'} role="status">
          {result.text}
        </p>
      ) : null}
      <div className="row">
        <Button onClick={() => void check()}>{t('ind.check')}</Button>
        <Button
          variant="primary"
          onClick={async () => {
            if (await check()) onSave([...list.filter((x) => x.id !== draft.id), draft]);
          }}
        >
          {t('ind.save')}
        </Button>
      </div>
    </section>
  );
}
