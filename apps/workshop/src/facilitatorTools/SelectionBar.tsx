import { Button, useT } from '@chiiki/ui';

/** Props of SelectionBar: how many notes are selected and the four things to do with them. */
interface SelectionBarProps {
  count: number;
  onGroup: () => void;
  onMerge: () => void;
  onTag: () => void;
  onClear: () => void;
}

/**
 * Appears while the facilitator has notes selected: group them (named), merge them into the first
 * one (the others go to the audit trail), tag them all with a goal, or let go of the selection.
 */
export function SelectionBar({ count, onGroup, onMerge, onTag, onClear }: SelectionBarProps) {
  const { t } = useT('workshop');
  return (
    <section className="selection-bar" aria-label={t('facil.selection', { count })}>
      <strong>{t('facil.selection', { count })}</strong>
      <Button variant="primary" onClick={onGroup}>
        {t('facil.group')}
      </Button>
      <Button disabled={count < 2} onClick={onMerge}>
        {t('facil.merge')}
      </Button>
      <Button onClick={onTag}>{t('facil.goal')}</Button>
      <Button variant="quiet" onClick={onClear}>
        {t('facil.clearSelection')}
      </Button>
    </section>
  );
}
