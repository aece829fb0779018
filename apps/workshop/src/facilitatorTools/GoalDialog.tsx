import type { Goal } from '@chiiki/model';
import { Button, Dialog, useLanguage, useT } from '@chiiki/ui';

/** Props of GoalDialog: the plan's goals, the current one, and the choice. */
interface GoalDialogProps {
  open: boolean;
  /** What is being tagged, shown in the title (a note's text or a group's name). */
  subject: string;
  goals: readonly Goal[];
  current: string | undefined;
  onPick: (goalCode: string | null) => void;
  onClose: () => void;
}

/**
 * Tags a note or a group with one of the plan's goals, as large chips (one tap), or clears it:
 * the link from a resident's idea to the plan's goals that the evaluation reads.
 */
export function GoalDialog({ open, subject, goals, current, onPick, onClose }: GoalDialogProps) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  return (
    <Dialog open={open} title={t('facil.goalTitle')} onClose={onClose}>
      <p className="goal-dialog__subject">{subject}</p>
      <fieldset className="goal-chips">
        <legend className="visually-hidden">{t('facil.goalTitle')}</legend>
        {goals.map((goal) => (
          <Button
            key={goal.code}
            className="goal-chip"
            aria-pressed={goal.code === current}
            onClick={() => onPick(goal.code)}
          >
            {goal.code} {language === 'en' ? goal.en : goal.ja}
          </Button>
        ))}
      </fieldset>
      <div className="composer__actions">
        <Button onClick={onClose}>{t('board.cancel')}</Button>
        {current ? <Button onClick={() => onPick(null)}>{t('facil.goalClear')}</Button> : null}
      </div>
    </Dialog>
  );
}
