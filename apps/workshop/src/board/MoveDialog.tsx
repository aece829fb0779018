import type { Lane } from '@chiiki/model';
import { Button, Dialog, useLanguage, useT } from '@chiiki/ui';

/** Props of MoveDialog: the lanes, the note's current lane, and what to do on a choice. */
interface MoveDialogProps {
  open: boolean;
  lanes: readonly Lane[];
  current: string;
  onMove: (lane: string) => void;
  onClose: () => void;
}

/**
 * "Move to…": one large button per other lane. The way to move a note without dragging, for
 * keyboards, switch access and anyone whose hands find dragging hard.
 */
export function MoveDialog({ open, lanes, current, onMove, onClose }: MoveDialogProps) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  return (
    <Dialog open={open} title={t('board.moveTitle')} onClose={onClose}>
      <ul className="choice-list">
        {lanes
          .filter((lane) => lane.key !== current)
          .map((lane, index) => (
            <li key={lane.key}>
              <Button
                size="large"
                className="choice-list__button"
                style={{ borderLeft: `0.75rem solid ${lane.colour}` }}
                data-autofocus={index === 0 ? true : undefined}
                onClick={() => onMove(lane.key)}
              >
                {t('board.moveTo', { lane: language === 'en' ? lane.en : lane.ja })}
              </Button>
            </li>
          ))}
      </ul>
    </Dialog>
  );
}
