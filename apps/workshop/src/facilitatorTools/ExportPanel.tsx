import { Button, FormError, useLanguage, useT } from '@chiiki/ui';
import { useState } from 'react';
import { ApiError } from '../api/client';
import type { Session } from '../session/session';
import { downloadExport, type ExportFormat } from './download';

/**
 * The record's downloads for the facilitator: JSON (the complete record, for the insights app),
 * CSV for Excel (UTF-8 with BOM, optionally Japanese headers) and Parquet, plus the A4 record sheet.
 */
export function ExportPanel({ session }: { session: Session }) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const [japanese, setJapanese] = useState(true);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<ExportFormat>();
  const get = async (format: ExportFormat) => {
    setBusy(format);
    setError(undefined);
    try {
      await downloadExport(session.workshopId, session.token, format, japanese);
    } catch (e) {
      setError(e instanceof ApiError ? (language === 'en' ? e.en : e.ja) || e.code : String(e));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <section className="export-panel" aria-labelledby="export-title">
      <h2 id="export-title" className="export-panel__title">
        {t('export.title')}
      </h2>
      <div className="export-panel__buttons">
        <Button disabled={busy !== undefined} onClick={() => void get('json')}>
          {t('export.json')}
        </Button>
        <Button disabled={busy !== undefined} onClick={() => void get('csv')}>
          {t('export.csv')}
        </Button>
        <label className="facil-check">
          <input type="checkbox" checked={japanese} onChange={(e) => setJapanese(e.currentTarget.checked)} />
          {t('export.japaneseHeaders')}
        </label>
        <Button disabled={busy !== undefined} onClick={() => void get('parquet')}>
          {t('export.parquet')}
        </Button>
        <a
          className="btn btn--primary"
          href={`/w/${encodeURIComponent(session.workshopId)}/record`}
          target="_blank"
          rel="noopener"
        >
          {t('export.record')}
        </a>
      </div>
      {busy ? <p role="status">{t('export.downloading')}</p> : null}
      <FormError>{error}</FormError>
    </section>
  );
}
