import { PageLayout, useT } from '@chiiki/ui';
import { navigate } from '../router/router';

/** Shown when a board link is opened on a tablet that has not joined: points to the join screen. */
export function NoSession() {
  const { t } = useT('workshop');
  return (
    <PageLayout title={t('appName')}>
      <p>{t('board.noSession')}</p>
      <button type="button" className="btn btn--primary btn--large" onClick={() => navigate('/join')}>
        {t('board.joinNow')}
      </button>
    </PageLayout>
  );
}
