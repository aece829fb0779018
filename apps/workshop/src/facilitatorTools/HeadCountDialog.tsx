import { AFFILIATIONS, AGE_BANDS, type Attendance, type WorkshopExport } from '@chiiki/model';
import { Button, Dialog, FormError, useLanguage, useT } from '@chiiki/ui';
import { useCallback, useEffect, useId, useState } from 'react';
import { AttendanceSummary } from '../attendance/AttendanceSummary';
import { affiliationLabel } from '../attendance/affiliationLabel';
import type { Session } from '../session/session';
import { loadExport } from './download';
import { HEAD_COUNT_MAX, HEAD_COUNT_MIN, parseHeadCount } from './headCount';
import type { Send } from './useSend';

/** Props of HeadCountDialog: the session, the sender, and closing. */
interface HeadCountDialogProps {
  open: boolean;
  session: Session;
  send: Send;
  onClose: () => void;
}

/**
 * Counts people present without a tablet, by age band and affiliation (both optional), so the
 * attendance figures are complete; shows the running summary from the server's record.
 */
export function HeadCountDialog({ open, session, send, onClose }: HeadCountDialogProps) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const [count, setCount] = useState('1');
  const [ageBand, setAgeBand] = useState('');
  const [affiliation, setAffiliation] = useState('');
  const [rows, setRows] = useState<Attendance[]>();
  const [countError, setCountError] = useState(false);
  const [loadError, setLoadError] = useState(false);
  const errorId = useId();
  const refresh = useCallback(async () => {
    try {
      const data = (await loadExport(session.workshopId, session.token)) as WorkshopExport;
      setRows(data.attendance);
      setLoadError(false);
    } catch {
      // The count itself was sent; only the summary could not be fetched. Say so rather than
      // leave an old or missing summary looking current.
      setLoadError(true);
    }
  }, [session]);
  useEffect(() => {
    if (open) void refresh();
  }, [open, refresh]);
  const add = async () => {
    const n = parseHeadCount(count);
    setCountError(n === undefined);
    if (n === undefined) return;
    const answer = await send({
      type: 'addHeadCount',
      count: n,
      ...(ageBand ? { ageBand: ageBand as Attendance['ageBand'] & string } : {}),
      ...(affiliation ? { affiliation: affiliation as Attendance['affiliation'] & string } : {}),
    } as Parameters<Send>[0]);
    if (answer) {
      setCount('1');
      await refresh();
    }
  };
  return (
    <Dialog open={open} title={t('attendance.title')} onClose={onClose}>
      <div className="stack">
        <p>{t('attendance.explain')}</p>
        <label className="field">
          <span className="field__label">{t('attendance.count')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={HEAD_COUNT_MIN}
            max={HEAD_COUNT_MAX}
            step={1}
            value={count}
            aria-invalid={countError}
            aria-describedby={countError ? errorId : undefined}
            onChange={(e) => {
              setCount(e.currentTarget.value);
              setCountError(false);
            }}
            data-autofocus
          />
          {countError ? (
            <FormError id={errorId} inline>
              {t('attendance.countInvalid', { min: HEAD_COUNT_MIN, max: HEAD_COUNT_MAX })}
            </FormError>
          ) : null}
        </label>
        <label className="field">
          <span className="field__label">{t('attendance.age')}</span>
          <select value={ageBand} onChange={(e) => setAgeBand(e.currentTarget.value)}>
            <option value="">{t('attendance.unknown')}</option>
            {AGE_BANDS.map((a) => (
              <option key={a} value={a}>
                {t(`join.ages.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('attendance.affiliation')}</span>
          <select value={affiliation} onChange={(e) => setAffiliation(e.currentTarget.value)}>
            <option value="">{t('attendance.unknown')}</option>
            {AFFILIATIONS.map((a) => (
              <option key={a} value={a}>
                {affiliationLabel(a, language, t)}
              </option>
            ))}
          </select>
        </label>
        <div className="composer__actions">
          <Button onClick={onClose}>{t('facil.close')}</Button>
          <Button variant="primary" onClick={() => void add()}>
            {t('attendance.add')}
          </Button>
        </div>
        {loadError ? <FormError>{t('attendance.loadFailed')}</FormError> : null}
        {rows ? <AttendanceSummary rows={rows} /> : null}
      </div>
    </Dialog>
  );
}
