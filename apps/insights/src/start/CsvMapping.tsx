import { Button, useLanguage, useT } from '@chiiki/ui';
import type { CsvEncoding } from '../load/csv/decode';
import { CSV_FIELDS, type CsvDraft, type CsvKind } from '../load/csvImport';

/** Props of CsvMapping: the draft and how to change, confirm or drop it. */
interface CsvMappingProps {
  draft: CsvDraft;
  onChange: (d: CsvDraft) => void;
  onReparse: (kind: CsvKind, encoding: CsvEncoding) => void;
  onApply: () => void;
  onCancel: () => void;
}

/**
 * The mapping step: encoding override, CSV kind, and for each field a column picker with a
 * preview of the first rows, so a planner can check the 日付 column really holds dates.
 */
export function CsvMapping({ draft, onChange, onReparse, onApply, onCancel }: CsvMappingProps) {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const fields = CSV_FIELDS[draft.kind];
  return (
    <section className="card" aria-labelledby="mapping-title">
      <h2 id="mapping-title">
        {t('csv.mapping')}: {draft.file}
      </h2>
      <p>{t('csv.mappingHelp')}</p>
      <div className="row">
        <label>
          {t('csv.encoding')}{' '}
          <select
            value={draft.encoding}
            onChange={(e) => onReparse(draft.kind, e.target.value as CsvEncoding)}
          >
            <option value="utf-8">UTF-8</option>
            <option value="shift_jis">Shift_JIS (CP932)</option>
          </select>
        </label>
        <label>
          {t('start.csvKind')}{' '}
          <select value={draft.kind} onChange={(e) => onReparse(e.target.value as CsvKind, draft.encoding)}>
            {(['activities', 'targets', 'populations'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`start.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="mapping-grid">
        {fields.map((f) => (
          <label key={f.key}>
            {language === 'ja' ? f.ja : f.en}
            {f.required ? ' *' : ''}
            <select
              value={draft.mapping[f.key] ?? ''}
              onChange={(e) =>
                onChange({
                  ...draft,
                  mapping: {
                    ...draft.mapping,
                    [f.key]: e.target.value === '' ? null : Number(e.target.value),
                  },
                })
              }
            >
              <option value="">{t('csv.notUsed')}</option>
              {draft.table.header.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; the index is the identity
                <option key={i} value={i}>
                  {h || `#${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <h3>{t('csv.preview')}</h3>
      <div className="scroll">
        <table className="data">
          <thead>
            <tr>
              {draft.table.header.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: column position is the identity
                <th key={i}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {draft.table.rows.slice(0, 3).map((r) => (
              <tr key={r.row}>
                {r.cells.map((c, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: column position is the identity
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row">
        <Button variant="primary" onClick={onApply}>
          {t('csv.apply')}
        </Button>
        <Button onClick={onCancel}>{t('csv.cancel')}</Button>
      </div>
    </section>
  );
}
