import './text.css';
import { CHOSEN_FISCAL_YEAR_SQL } from '@chiiki/model';
import { PlotFigure, useLanguage, useT } from '@chiiki/ui';
import { useCallback, useMemo, useState } from 'react';
import { QueryError } from '../app/QueryError';
import { useDbQuery } from '../app/useDbQuery';
import type { PlanInfo } from '../app/usePlanInfo';
import { cooccurrenceOptions, wordBarsOptions } from '../charts/words';
import type { Db } from '../db/types';
import { CsvButton } from '../export/CsvButton';
import type { Filters } from '../indicators/filters';
import { setFilters } from '../indicators/runner';
import { cell, isSmall, SUPPRESSED } from '../suppress/format';
import { cooccurrence, kwic, type TextNote } from './analyse';
import { kwicShown } from './kwicShown';
import { parseStopWords } from './stopwords';
import { suppressedWordCounts } from './wordTable';

const STOP_KEY = 'insights.stopWords';

interface TextPageProps {
  db: Db;
  version: number;
  filters: Filters;
  plan: PlanInfo;
  k: number;
}

/** Word frequency per lane/district, KWIC and co-occurrence of the ideas' words. */
export function TextPage({ db, version, filters, plan, k }: TextPageProps) {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const [stopText, setStopText] = useState(() => localStorage.getItem(STOP_KEY) ?? '');
  const [keyword, setKeyword] = useState('');
  const run = useCallback(
    async (d: Db): Promise<TextNote[]> => {
      await setFilters(d, filters);
      // The year set just above, read without parameters: duckdb-wasm plans it once (decision 0023).
      const rows = await d.query(
        `SELECT n.text, n.lane, w.district_code AS d FROM f_notes n JOIN workshops w ON w.id = n.workshop_id
         WHERE ${CHOSEN_FISCAL_YEAR_SQL} IS NULL OR w.fiscal_year = ${CHOSEN_FISCAL_YEAR_SQL}`,
      );
      return rows.map((r) => ({ text: String(r.text), lane: String(r.lane), district: String(r.d) }));
    },
    [filters],
  );
  const { data, error } = useDbQuery(db, version, run);
  const notes = useMemo(() => data ?? [], [data]);
  const stop = useMemo(() => parseStopWords(stopText), [stopText]);
  const laneKeys = useMemo(() => plan.lanes.map((l) => l.key), [plan]);
  const counts = useMemo(() => suppressedWordCounts(notes, stop, laneKeys, k), [notes, stop, laneKeys, k]);
  const freq = counts.overall;
  const pairs = useMemo(() => cooccurrence(notes, stop, 10), [notes, stop]);
  const kw = keyword || freq[0]?.word || '';
  const hits = useMemo(() => kwic(notes, kw), [notes, kw]);
  const lines = hits.slice(0, 40);
  const shown = kwicShown(hits.length, Boolean(freq.find((w) => w.word === kw)?.hidden), k);
  const laneName = (k: string) => {
    const l = plan.lanes.find((x) => x.key === k);
    return l ? (language === 'ja' ? l.ja : l.en) : k;
  };
  const dn = (c: string) => plan.districts.find((d) => d.code === c)?.name ?? c;
  // Exports: counts of words and of word pairs only; KWIC lines are residents' own sentences and stay on screen.
  const word = t('text.words');
  // Word counts are counts of residents' notes: ＊ on screen, in CSV and (null + flag) in Parquet
  // where suppressed (small, or a complement so the overall counts give no lane's away); the
  // chart leaves those bars out.
  const count = (w: { count: number; hidden: boolean }) => (w.hidden ? SUPPRESSED : w.count);
  const freqRows = [
    ...freq.map((w) => [t('text.all'), w.word, count(w)]),
    ...counts.byLane.flatMap(({ lane, words }) => words.map((w) => [laneName(lane), w.word, count(w)])),
  ];
  // Pair counts have no published totals, so hiding the small ones is enough.
  const small = (n: number) => isSmall(n, k);
  const pairRows = pairs
    .filter((p) => p.a < p.b && p.count > 0)
    .map((p) => [p.a, p.b, small(p.count) ? SUPPRESSED : p.count]);
  const shownPairs = pairs.map((p) => ({ ...p, hidden: small(p.count) }));
  return (
    <div className="text-page">
      <QueryError error={error} />
      <label className="block no-print">
        {t('text.stop')}
        <input
          value={stopText}
          onChange={(e) => {
            setStopText(e.target.value);
            localStorage.setItem(STOP_KEY, e.target.value);
          }}
        />
      </label>
      <section className="panel">
        <PlotFigure
          caption={t('text.freq')}
          options={wordBarsOptions(
            freq.filter((w) => !w.hidden),
            { x: t('text.count') },
          )}
        />
        <div className="lane-words">
          {counts.byLane.map(({ lane, words }) => (
            <table key={lane} className="data">
              <caption>{laneName(lane)}</caption>
              <tbody>
                {words.map((w) => (
                  <tr key={w.word}>
                    <th scope="row">{w.word}</th>
                    <td className="num">{cell(w.count, w.hidden)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
        <CsvButton
          file="word_frequency.csv"
          header={[t('text.lane'), word, t('text.count')]}
          rows={freqRows}
        />
      </section>
      <section className="card">
        <h2>{t('text.kwic')}</h2>
        <label className="no-print">
          {t('text.keyword')}{' '}
          <input value={keyword} placeholder={kw} onChange={(e) => setKeyword(e.target.value)} />
        </label>
        {shown === 'none' ? (
          <p className="note">{t('text.kwicHidden', { k })}</p>
        ) : (
          <table className="data kwic">
            <tbody>
              {lines.map((l, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: hits have no identity beyond their order
                <tr key={i}>
                  <td className="kwic__left">{l.left}</td>
                  <td className="kwic__kw">{l.keyword}</td>
                  <td>{l.right}</td>
                  {shown === 'lines-with-source' ? (
                    <>
                      <td>{laneName(l.lane)}</td>
                      <td>{dn(l.district)}</td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel">
        <PlotFigure caption={t('text.cooc')} options={cooccurrenceOptions(shownPairs)} />
        <CsvButton
          file="word_pairs.csv"
          header={[`${word} 1`, `${word} 2`, t('text.count')]}
          rows={pairRows}
        />
      </section>
    </div>
  );
}
