import { useT } from '@chiiki/ui';
import type { Present } from '../sync/usePresence';

/**
 * "n here" with the names behind a native disclosure: the facilitator sees at a glance who has
 * joined, and participants see they are not alone, without another dialog to learn.
 */
export function PresenceBadge({ people }: { people: readonly Present[] }) {
  const { t } = useT('workshop');
  return (
    <details className="presence">
      <summary className="btn btn--quiet">{t('board.present', { count: people.length })}</summary>
      <div className="presence__list">
        <h2 className="presence__title">{t('board.presentList')}</h2>
        <ul>
          {people.map((p) => (
            <li key={p.clientId}>
              {p.name || t('board.anonymous')}
              {p.role === 'facilitator' ? `（${t('board.facilitator')}）` : ''}
              {p.self ? `（${t('board.you')}）` : ''}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
