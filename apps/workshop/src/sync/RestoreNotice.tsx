import './restoreNotice.css';
import { useT } from '@chiiki/ui';
import type { RestoreNoticeState } from './useRestoreRecovery';

/**
 * Tells the person that the server went back to a backup and what this tablet did about it: a
 * facilitator learns how many notes were put back and what to check (phase, timer, votes,
 * groups stay as the backup had them); a participant, how many of their notes are sent again.
 */
export function RestoreNotice({
  notice,
  dismiss,
}: {
  notice: RestoreNoticeState | undefined;
  dismiss: () => void;
}) {
  const { t } = useT('workshop');
  if (!notice) return null;
  const detail =
    notice.role === 'facilitator'
      ? t('board.restored.putBack', { count: notice.notes })
      : notice.notes > 0
        ? t('board.restored.resent', { count: notice.notes })
        : t('board.restored.allThere');
  return (
    <section className="restore-notice" role="status" aria-label={t('board.restored.title')}>
      <h2 className="restore-notice__title">{t('board.restored.title')}</h2>
      <p className="restore-notice__detail">{detail}</p>
      <button type="button" className="btn" onClick={dismiss}>
        {t('board.restored.dismiss')}
      </button>
    </section>
  );
}
