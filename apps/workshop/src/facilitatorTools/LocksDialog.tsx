import type { Follow, Lane, Locks } from '@chiiki/model';
import { Button, Dialog, useLanguage, useT } from '@chiiki/ui';
import { useState } from 'react';
import type { Send } from './useSend';

/** Props of LocksDialog: lanes, locks, the follow state, the sender, and closing. */
interface LocksDialogProps {
  open: boolean;
  lanes: readonly Lane[];
  locks: Locks;
  follow: Follow | undefined;
  send: Send;
  onClose: () => void;
}

/**
 * Board control in one place: lock the whole board or one lane against participants' changes,
 * and "bring everyone to me": every participant's screen follows the chosen lane and zoom until
 * released (they see a notice saying so).
 */
export function LocksDialog({ open, lanes, locks, follow, send, onClose }: LocksDialogProps) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const [target, setTarget] = useState<string>(follow?.lane ?? '');
  const [zoom, setZoom] = useState(String(follow?.zoom ?? 1));
  const name = (lane: Lane) => (language === 'en' ? lane.en : lane.ja);
  return (
    <Dialog open={open} title={t('lock.title')} onClose={onClose}>
      <div className="stack">
        <label className="facil-check">
          <input
            type="checkbox"
            checked={locks.board}
            onChange={(e) => void send({ type: 'setLock', locked: e.currentTarget.checked })}
          />
          {t('lock.board')}
        </label>
        <fieldset className="facil-lanes">
          <legend>{t('lock.lanes')}</legend>
          {lanes.map((lane) => (
            <label key={lane.key} className="facil-check">
              <input
                type="checkbox"
                checked={locks.lanes.includes(lane.key)}
                onChange={(e) =>
                  void send({ type: 'setLock', lane: lane.key, locked: e.currentTarget.checked })
                }
              />
              {name(lane)}
            </label>
          ))}
        </fieldset>
        <fieldset className="facil-lanes">
          <legend>{t('follow.title')}</legend>
          <label className="field">
            <span className="field__label">{t('follow.lane')}</span>
            <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              <option value="">{t('follow.whole')}</option>
              {lanes.map((lane) => (
                <option key={lane.key} value={lane.key}>
                  {name(lane)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('follow.zoom')}</span>
            <select value={zoom} onChange={(e) => setZoom(e.currentTarget.value)}>
              {['0.75', '1', '1.25', '1.5'].map((z) => (
                <option key={z} value={z}>
                  {Math.round(Number(z) * 100)}%
                </option>
              ))}
            </select>
          </label>
          <div className="composer__actions">
            <Button
              variant="primary"
              onClick={() => void send({ type: 'setFollow', lane: target || null, zoom: Number(zoom) })}
            >
              {t('follow.bring')}
            </Button>
            {follow ? (
              <Button onClick={() => void send({ type: 'releaseFollow' })}>{t('follow.release')}</Button>
            ) : null}
          </div>
        </fieldset>
        <div className="composer__actions">
          <Button onClick={onClose}>{t('facil.close')}</Button>
        </div>
      </div>
    </Dialog>
  );
}
