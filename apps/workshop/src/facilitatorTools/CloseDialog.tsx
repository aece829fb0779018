import { Button, Dialog, FormError, useLanguage, useT } from '@chiiki/ui';
import { useState } from 'react';
import { ApiError, api } from '../api/client';
import type { Session } from '../session/session';
import type { Send } from './useSend';

/** Props of CloseDialog: the session, the sender, and what happens after closing. */
interface CloseDialogProps {
  open: boolean;
  session: Session;
  send: Send;
  onClose: () => void;
  onClosed: () => void;
}

/**
 * 「終了して記録する」: asks once, because closing is for good (the board freezes for everyone
 * and tokens stop writing). The nickname choice is sent first, while the board still takes it.
 */
export function CloseDialog({ open, session, send, onClose, onClosed }: CloseDialogProps) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const [nicknames, setNicknames] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const close = async () => {
    setBusy(true);
    setError(undefined);
    try {
      if (nicknames) await send({ type: 'setSettings', includeNicknames: true });
      await api.close(session.workshopId, session.token);
      onClosed();
    } catch (e) {
      setError(e instanceof ApiError ? (language === 'en' ? e.en : e.ja) || e.code : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} title={t('close.title')} onClose={onClose}>
      <div className="stack">
        <p>{t('close.explain')}</p>
        <label className="facil-check">
          <input
            type="checkbox"
            checked={nicknames}
            onChange={(e) => setNicknames(e.currentTarget.checked)}
          />
          {t('close.nicknames')}
        </label>
        <FormError>{error}</FormError>
        <div className="composer__actions">
          <Button data-autofocus onClick={onClose}>
            {t('board.cancel')}
          </Button>
          <Button variant="danger" size="large" disabled={busy} onClick={() => void close()}>
            {t('close.confirm')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
