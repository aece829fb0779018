import { useLanguage, useT } from '@chiiki/ui';
import type { Refusal } from '../outbox/outboxStore';

/** Props of Refusals: what the server refused, and the two ways the person can settle each one. */
interface RefusalsProps {
  refusals: readonly Refusal[];
  dismiss: (commandId: string) => void;
  /** Opens the composer with a refused new note's text, so it can be posted again elsewhere or later. */
  putBack: (text: string, lane: string) => void;
}

/**
 * Everything the server refused from this tablet, each in plain words with its text: the person
 * typed it, so it stays in sight (across reloads, from the outbox's store) until they dismiss it
 * or take the text back into the composer.
 */
export function Refusals({ refusals, dismiss, putBack }: RefusalsProps) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  if (refusals.length === 0) return null;
  return (
    <section className="refusals" aria-label={t('board.refusals.title')}>
      <h2 className="refusals__title">{t('board.refusals.title')}</h2>
      <ul className="refusals__list" aria-live="assertive">
        {refusals.map(({ command, error }) => {
          const reason = (language === 'en' ? error.en : error.ja) || error.code;
          const vote = command.type === 'vote' || command.type === 'unvote';
          return (
            <li key={command.commandId} className="refusals__item">
              <p className="form-error">
                {vote
                  ? t(`vote.errors.${error.code}`, { defaultValue: reason })
                  : t('board.rejected', { text: 'text' in command ? command.text : '', reason })}
              </p>
              <div className="refusals__actions">
                {command.type === 'addNote' ? (
                  <button
                    type="button"
                    className="btn"
                    onClick={() => {
                      putBack(command.text, command.lane);
                      dismiss(command.commandId);
                    }}
                  >
                    {t('board.refusals.putBack')}
                  </button>
                ) : null}
                <button type="button" className="btn" onClick={() => dismiss(command.commandId)}>
                  {t('board.refusals.dismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
