import { PageLayout, useT } from '@chiiki/ui';
import { lazy, Suspense } from 'react';
import { BoardScreen } from './board/BoardScreen';
import { useBootShellGone } from './bootShell';
import { JoinScreen } from './join/JoinScreen';
import { useRoute } from './router/router';

const StartScreen = lazy(() => import('./start/StartScreen'));
const ProjectorScreen = lazy(() => import('./projector/ProjectorScreen'));
const RecordScreen = lazy(() => import('./record/RecordScreen'));

function Loading() {
  const { t } = useT('workshop');
  return <p role="status">{t('loading')}</p>;
}

function NotFound() {
  const { t } = useT('workshop');
  return (
    <PageLayout title={t('appName')}>
      <p>{t('notFound')}</p>
      <a className="btn btn--secondary" href="/">
        {t('toStart')}
      </a>
    </PageLayout>
  );
}

/**
 * Picks the screen from the URL. Participants' screens (join, board) are in the main chunk;
 * the facilitator's start, projector and record screens load on demand, keeping the tablet bundle small.
 */
export function App() {
  const route = useRoute();
  // The board takes the start-up shell away itself, once it has drawn its lanes.
  useBootShellGone(route.name !== 'board');
  switch (route.name) {
    case 'join':
      return <JoinScreen key={route.code ?? ''} code={route.code} />;
    case 'board':
      return <BoardScreen key={route.workshopId} workshopId={route.workshopId} />;
    case 'start':
      return (
        <Suspense fallback={<Loading />}>
          <StartScreen />
        </Suspense>
      );
    case 'projector':
      return (
        <Suspense fallback={<Loading />}>
          <ProjectorScreen key={route.workshopId} workshopId={route.workshopId} />
        </Suspense>
      );
    case 'record':
      return (
        <Suspense fallback={<Loading />}>
          <RecordScreen key={route.workshopId} workshopId={route.workshopId} />
        </Suspense>
      );
    case 'notFound':
      return <NotFound />;
  }
}
