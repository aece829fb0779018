import { useLanguage, useT } from '@chiiki/ui';
import type { OutboxState } from '../outbox/Outbox';

/**
 * What the server refused from this tablet, in plain words: a note that could not be sent (with
 * its text, so nothing typed is lost from sight) or a dot that did not stick (and why).
 */
export function Rejected({ rejected }: { rejected: NonNullable<OutboxState['rejected']> }) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const { command, error } = rejected;
  const reason = (language === 'en' ? error.en : error.ja) || error.code;
  const vote = command.type === 'vote' || command.type === 'unvote';
  return (
    <p className="form-error" role="alert">
      {vote
        ? t(`vote.errors.${error.code}`, { defaultValue: reason })
        : t('board.rejected', { text: 'text' in command ? command.text : '', reason })}
    </p>
  );
}
