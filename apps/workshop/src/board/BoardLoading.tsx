import { PageLayout, useT } from '@chiiki/ui';

/**
 * What a board shows while it waits for its first state (useFirstLoad): the same frame as the
 * page's static start-up shell (index.html), so the screen never goes blank and never shows
 * every lane as empty before the notes arrive.
 */
export function BoardLoading({ title }: { title: string }) {
  const { t } = useT('workshop');
  return (
    <PageLayout title={title}>
      <p className="board-loading" role="status">
        {t('board.loading')}
      </p>
    </PageLayout>
  );
}
