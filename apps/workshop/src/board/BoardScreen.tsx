import './board.css';
import '../pacing/facilitation.css';
import { type Group, PHASE_RULES } from '@chiiki/model';
import { PageLayout, useT } from '@chiiki/ui';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useBootShellGone } from '../bootShell';
import { PhaseBanner } from '../pacing/PhaseBanner';
import { useFacilitation } from '../pacing/useFacilitation';
import { usePlan } from '../plan/usePlan';
import { loadSession, type Session } from '../session/session';
import { RestoreNotice } from '../sync/RestoreNotice';
import { usePresence } from '../sync/usePresence';
import { usePrivateDoc } from '../sync/usePrivateDoc';
import { useRestoreRecovery } from '../sync/useRestoreRecovery';
import { useWorkshopSync, type WorkshopSync } from '../sync/useWorkshopSync';
import { useVotes } from '../voting/useVotes';
import { arrange } from './arrange';
import { type BoardDialog, BoardDialogs } from './BoardDialogs';
import { BoardLanes } from './BoardLanes';
import { BoardStatus } from './BoardStatus';
import { NoSession } from './NoSession';
import { Refusals } from './Refusals';
import { useBoard } from './useBoard';
import { useClosedOnServer } from './useClosedOnServer';
import { useCommands } from './useCommands';
import { useFirstLoad } from './useFirstLoad';
import { useFollowView } from './useFollowView';
import { type FacilitatorRequest, useNoteActions } from './useNoteActions';
import { useNoteDrag } from './useNoteDrag';
import { useSelection } from './useSelection';
import { useTheme } from './useTheme';
import { byLane, withDrafts, withPending } from './withPending';

const FacilitatorTools = lazy(() => import('../facilitatorTools/FacilitatorTools'));

/** The board route: the live board for whoever this tablet joined or created the workshop as. */
export function BoardScreen({ workshopId }: { workshopId: string }) {
  const session = useMemo(() => loadSession(workshopId), [workshopId]);
  useBootShellGone(!session);
  if (!session) return <NoSession />;
  return <BoardLoader session={session} />;
}

/**
 * Holds the board's connection and renders nothing (index.html's start-up shell stays on screen)
 * until the first state is in (see useFirstLoad): the board then mounts once, with its notes, and
 * its other connections and stores (private doc, outbox, presence) start after the main sync
 * instead of competing with it.
 */
function BoardLoader({ session }: { session: Session }) {
  const user = useMemo(() => ({ name: session.nickname ?? '', role: session.role }), [session]);
  const sync = useWorkshopSync(session.workshopId, session.token, user);
  const ready = useFirstLoad(sync) && sync !== undefined;
  useBootShellGone(ready);
  return ready ? <Board session={session} sync={sync} /> : null;
}

function Board({ session, sync }: { session: Session; sync: WorkshopSync }) {
  const { t } = useT('workshop');
  const { plan: serverPlan } = usePlan();
  const board = useBoard(sync.doc, session.workshopId, serverPlan);
  const closedOnServer = useClosedOnServer(session);
  const { plan, notes } = board;
  const phase = closedOnServer ? 'closed' : board.phase;
  const facil = useFacilitation(sync.doc, session.workshopId);
  const theme = useTheme(session);
  const online = sync.link === 'online';
  const { dispatch, pending, rejected, dismiss } = useCommands(session, sync.doc, online);
  const own = usePrivateDoc(session.workshopId, session.participantId, session.token, phase !== 'closed');
  const restored = useRestoreRecovery(sync.loaded ? sync : undefined, own, session, dispatch);
  const allVotes = useMemo(() => [...facil.votes, ...own.votes], [facil.votes, own.votes]);
  const noteIds = useMemo(() => new Set(notes.map((n) => n.id as string)), [notes]);
  const votes = useVotes(session, {
    docVotes: allVotes,
    voting: facil.voting,
    noteIds,
    pending,
    rejected,
    dispatch,
  });
  const people = usePresence(sync.provider);
  const [dialog, setDialog] = useState<BoardDialog>();
  const [request, setRequest] = useState<FacilitatorRequest>();
  const selection = useSelection();
  const facilitator = session.role === 'facilitator';
  const rule = PHASE_RULES[phase];
  const closed = phase === 'closed';
  const lanes = useMemo(() => [...plan.lanes].sort((a, b) => a.order - b.order), [plan]);
  // Participants are offered only the lanes the facilitator has not locked.
  const openLanes = useMemo(
    () => (facilitator ? lanes : lanes.filter((l) => !facil.locks.lanes.includes(l.key))),
    [facilitator, lanes, facil.locks.lanes],
  );
  const canAdd = facilitator ? !closed : rule.addNote && !facil.locks.board && openLanes.length > 0;
  const following = !facilitator && facil.follow !== undefined;
  useFollowView(facil.follow, following);
  // A closed board refuses every connection: stop retrying and keep what is on screen.
  useEffect(() => {
    if (closed) sync.provider.disconnect();
  }, [closed, sync]);

  const onAction = useNoteActions({
    votes,
    participantId: session.participantId,
    toggleSelected: selection.toggle,
    setRequest,
    setDialog,
  });
  const onGroupMenu = useCallback((group: Group) => setRequest({ kind: 'group', group }), []);
  const { handleProps } = useNoteDrag((noteId, lane) => dispatch({ type: 'moveNote', noteId, lane }));

  const shown = useMemo(
    () =>
      arrange(
        byLane(withPending(withDrafts(notes, own.notes), pending, session.workshopId, session.participantId)),
        facil.groups,
      ),
    [notes, own.notes, pending, session, facil.groups],
  );

  return (
    <PageLayout title={theme ?? t('appName')}>
      {closed ? null : <BoardStatus people={people} link={sync.link} pending={pending.length} />}
      <PhaseBanner
        phase={phase}
        timer={facil.timer}
        locks={facil.locks}
        following={following}
        dotsLeft={!facilitator && phase === 'voting' ? votes.left : undefined}
      />
      {facilitator ? (
        <Suspense fallback={null}>
          <FacilitatorTools
            session={session}
            doc={sync.doc}
            phase={phase}
            plan={plan}
            facil={facil}
            notes={notes}
            selected={selection.selected}
            clearSelection={selection.clear}
            request={request}
            clearRequest={() => setRequest(undefined)}
          />
        </Suspense>
      ) : null}
      <RestoreNotice notice={restored.notice} dismiss={restored.dismiss} />
      <Refusals
        refusals={rejected}
        dismiss={dismiss}
        putBack={(text, lane) => setDialog({ kind: 'add', lane, text })}
      />
      <BoardLanes
        lanes={lanes}
        content={shown}
        plan={plan}
        session={session}
        phase={phase}
        facil={facil}
        votes={votes}
        selected={selection.selected}
        canAdd={canAdd}
        following={following}
        drag={handleProps}
        onAction={onAction}
        onGroupMenu={facilitator && !closed ? onGroupMenu : undefined}
        onAddHere={(lane) => setDialog({ kind: 'add', lane })}
      />
      {canAdd ? (
        <button type="button" className="btn btn--primary add-fab" onClick={() => setDialog({ kind: 'add' })}>
          {t('board.add')}
        </button>
      ) : null}
      <BoardDialogs
        dialog={dialog}
        lanes={openLanes}
        dispatch={dispatch}
        close={() => setDialog(undefined)}
        draftKey={`chiiki.draft.${session.workshopId}`}
        onAction={onAction}
      />
    </PageLayout>
  );
}
