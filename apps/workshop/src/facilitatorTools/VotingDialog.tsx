import type { VotingSettings } from '@chiiki/model';
import { Button, Dialog, useT } from '@chiiki/ui';
import { useState } from 'react';
import type { Send } from './useSend';

/** Props of VotingDialog: the current settings, the sender, and closing. */
interface VotingDialogProps {
  open: boolean;
  voting: VotingSettings;
  send: Send;
  onClose: () => void;
}

function clamp(value: string): number {
  return Math.min(20, Math.max(1, Math.round(Number(value) || 1)));
}

/**
 * Dot voting settings: N dots per person, at most M on one note, and whether totals stay hidden
 * until voting ends. The server enforces all three; the tablets only mirror them.
 */
export function VotingDialog({ open, voting, send, onClose }: VotingDialogProps) {
  const { t } = useT('workshop');
  const [n, setN] = useState(String(voting.perParticipant));
  const [m, setM] = useState(String(voting.perNote));
  const [hidden, setHidden] = useState(voting.hidden);
  const save = async () => {
    const answer = await send({ type: 'setVoting', perParticipant: clamp(n), perNote: clamp(m), hidden });
    if (answer) onClose();
  };
  return (
    <Dialog open={open} title={t('vote.settings')} onClose={onClose}>
      <div className="stack">
        <label className="field">
          <span className="field__label">{t('vote.perParticipant')}</span>
          <input
            type="number"
            min={1}
            max={20}
            value={n}
            onChange={(e) => setN(e.currentTarget.value)}
            data-autofocus
          />
        </label>
        <label className="field">
          <span className="field__label">{t('vote.perNote')}</span>
          <input type="number" min={1} max={20} value={m} onChange={(e) => setM(e.currentTarget.value)} />
        </label>
        <label className="facil-check">
          <input type="checkbox" checked={hidden} onChange={(e) => setHidden(e.currentTarget.checked)} />
          {t('vote.hidden')}
        </label>
        <div className="composer__actions">
          <Button onClick={onClose}>{t('board.cancel')}</Button>
          <Button variant="primary" onClick={() => void save()}>
            {t('board.save')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
