import './record.css';
import { migrateExport, type WorkshopExport } from '@chiiki/model';
import { Button, FormError, LanguageSwitch, useLanguage, useT } from '@chiiki/ui';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/client';
import { loadExport } from '../facilitatorTools/download';
import { useFacilitatorStrings } from '../facilitatorTools/strings/useFacilitatorStrings';
import { loadSession } from '../session/session';
import { RecordSheet } from './RecordSheet';

type Paper = 'a4' | 'a3';

/**
 * The record sheet route (`/w/:id/record`): loads the workshop's export with the facilitator's
 * token (it works after closing too) and shows it as a printable sheet, A4 portrait by default
 * or A3 landscape, with a 「印刷」 button. Loaded lazily: no tablet downloads it for the board.
 */
export default function RecordScreen({ workshopId }: { workshopId: string }) {
  useFacilitatorStrings();
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const session = useMemo(() => loadSession(workshopId), [workshopId]);
  const [data, setData] = useState<WorkshopExport>();
  const [error, setError] = useState<string>();
  const [paper, setPaper] = useState<Paper>('a4');

  useEffect(() => {
    if (session?.role !== 'facilitator') return;
    let live = true;
    loadExport(workshopId, session.token)
      .then((json) => {
        const parsed = migrateExport(json);
        if (!live) return;
        if (parsed.ok) setData(parsed.value);
        else setError(language === 'en' ? parsed.error.en : parsed.error.ja);
      })
      .catch((e: unknown) => {
        if (live) setError(e instanceof ApiError ? (language === 'en' ? e.en : e.ja) || e.code : String(e));
      });
    return () => {
      live = false;
    };
  }, [workshopId, session, language]);

  return (
    <div className={`record-page record-page--${paper}`}>
      <div className="record-toolbar no-print">
        <Button variant="primary" size="large" disabled={!data} onClick={() => window.print()}>
          {t('record.print')}
        </Button>
        <fieldset className="record-toolbar__paper">
          <legend>{t('record.paper')}</legend>
          {(['a4', 'a3'] as const).map((p) => (
            <label key={p} className="facil-check">
              <input type="radio" name="paper" checked={paper === p} onChange={() => setPaper(p)} />
              {t(`record.${p}`)}
            </label>
          ))}
        </fieldset>
        <a className="btn btn--secondary" href={`/w/${encodeURIComponent(workshopId)}`}>
          {t('record.back')}
        </a>
        <LanguageSwitch />
      </div>
      {session?.role !== 'facilitator' ? <p className="notice">{t('record.noSession')}</p> : null}
      {error ? <FormError>{t('record.failed', { reason: error })}</FormError> : null}
      {data ? (
        <RecordSheet data={data} />
      ) : session?.role === 'facilitator' && !error ? (
        <p role="status">{t('loading')}</p>
      ) : null}
    </div>
  );
}
