import { useT } from '@chiiki/ui';

/** Props of VoteControl: the dots this person put on the note and whether another one fits. */
interface VoteControlProps {
  mine: number;
  canAdd: boolean;
  /** The note's total, when counts are shown (undefined while hidden). */
  total: number | undefined;
  textId: string;
  onAdd: () => void;
  onRemove: () => void;
}

/**
 * Two big buttons to put a dot on a note or take one back, with the dots drawn as ● so the count
 * reads without numbers; every target is at least 44px and names the note it acts on.
 */
export function VoteControl({ mine, canAdd, total, textId, onAdd, onRemove }: VoteControlProps) {
  const { t } = useT('workshop');
  return (
    <div className="vote-control">
      <button
        type="button"
        className="btn btn--primary"
        disabled={!canAdd}
        aria-describedby={textId}
        onClick={onAdd}
      >
        {t('vote.add')}
      </button>
      {mine > 0 ? (
        <button type="button" className="btn btn--secondary" aria-describedby={textId} onClick={onRemove}>
          {t('vote.remove')}
        </button>
      ) : null}
      <span className="vote-control__dots" role="img" aria-label={t('vote.mine', { count: mine })}>
        {'●'.repeat(mine)}
      </span>
      {total === undefined ? null : <span className="vote-count">{t('vote.total', { count: total })}</span>}
    </div>
  );
}
