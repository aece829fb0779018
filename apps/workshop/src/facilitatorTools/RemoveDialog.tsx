import { Button, Dialog, NoteCard, useT } from '@chiiki/ui';
import { useState } from 'react';

/** Props of RemoveDialog: the note's text and what to do with the reason. */
interface RemoveDialogProps {
  open: boolean;
  text: string;
  onRemove: (reason: string) => void;
  onClose: () => void;
}

/**
 * Takes an inappropriate note off the board, asking once and for a short reason: the note goes
 * to the audit trail with who, when and why, never silently destroyed.
 */
export function RemoveDialog({ open, text, onRemove, onClose }: RemoveDialogProps) {
  const { t } = useT('workshop');
  const [reason, setReason] = useState('');
  return (
    <Dialog open={open} title={t('facil.removeTitle')} onClose={onClose}>
      <div className="stack">
        <NoteCard text={text} />
        <p>{t('facil.removeExplain')}</p>
        <label className="field">
          <span className="field__label">{t('facil.reason')}</span>
          <input
            type="text"
            maxLength={200}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
        </label>
        <div className="composer__actions">
          <Button onClick={onClose}>{t('board.cancel')}</Button>
          <Button
            variant="danger"
            size="large"
            disabled={!reason.trim()}
            onClick={() => onRemove(reason.trim())}
          >
            {t('facil.removeConfirm')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
