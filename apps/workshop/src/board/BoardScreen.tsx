import './board.css';
import type { Phase } from '@chiiki/model';
import { PageLayout, StatusPill, useLanguage, useT } from '@chiiki/ui';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { usePlan } from '../facilitator/usePlan';
import { loadSession, type Session } from '../session/session';
import { usePresence } from '../sync/usePresence';
import { useWorkshopSync } from '../sync/useWorkshopSync';
import { type BoardDialog, BoardDialogs } from './BoardDialogs';
import { LaneColumn } from './LaneColumn';
import { NoSession } from './NoSession';
import { type NoteAction, NoteItem } from './NoteItem';
import { PresenceBadge } from './PresenceBadge';
import { useBoard } from './useBoard';
import { useCommands } from './useCommands';
import { useNoteDrag } from './useNoteDrag';
import { useTheme } from './useTheme';
import { byLane, type ShownNote, withPending } from './withPending';

/** Phases in which the server takes participants' note commands (it enforces this; the UI mirrors it). */
const PARTICIPANT_WRITE_PHASES: ReadonlySet<Phase> = new Set([
  'preparation',
  'writing',
  'sharing',
  'grouping',
]);

const FacilitatorTools = lazy(() => import('../facilitator/FacilitatorTools'));

/** The board route: the live board for whoever this tablet joined or created the workshop as. */
export function BoardScreen({ workshopId }: { workshopId: string }) {
  const session = useMemo(() => loadSession(workshopId), [workshopId]);
  if (!session) return <NoSession />;
  return <Board session={session} />;
}

function Board({ session }: { session: Session }) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const user = useMemo(() => ({ name: session.nickname ?? '', role: session.role }), [session]);
  const sync = useWorkshopSync(session.workshopId, session.token, user);
  const { plan: serverPlan } = usePlan();
  const { plan, notes, phase } = useBoard(sync?.doc, session.workshopId, serverPlan);
  const theme = useTheme(session);
  const online = sync?.link === 'online';
  const { dispatch, pending, rejected } = useCommands(session, sync?.doc, online);
  const people = usePresence(sync?.provider);
  const [dialog, setDialog] = useState<BoardDialog>();
  const onAction = useCallback((kind: NoteAction, note: ShownNote) => setDialog({ kind, note }), []);
  const { handleProps } = useNoteDrag((noteId, lane) => dispatch({ type: 'moveNote', noteId, lane }));

  const lanes = useMemo(() => [...plan.lanes].sort((a, b) => a.order - b.order), [plan]);
  const shown = useMemo(
    () => byLane(withPending(notes, pending, session.workshopId, session.participantId)),
    [notes, pending, session],
  );
  const facilitator = session.role === 'facilitator';
  const canWrite = facilitator ? phase !== 'closed' : PARTICIPANT_WRITE_PHASES.has(phase);

  return (
    <PageLayout title={theme ?? t('appName')}>
      <div className="board-status">
        {facilitator ? null : (
          <span className="phase-label">
            {t('board.phase')}: {t(`phases.${phase}`)}
          </span>
        )}
        <PresenceBadge people={people} />
        <StatusPill status={sync?.link ?? 'connecting'} />
        {pending.length > 0 ? <StatusPill status="waiting" pending={pending.length} /> : null}
      </div>
      {facilitator && sync ? (
        <Suspense fallback={null}>
          <FacilitatorTools session={session} doc={sync.doc} phase={phase} />
        </Suspense>
      ) : null}
      {rejected ? (
        <p className="form-error" role="alert">
          {t('board.rejected', {
            text: 'text' in rejected.command ? rejected.command.text : '',
            reason: (language === 'en' ? rejected.error.en : rejected.error.ja) || rejected.error.code,
          })}
        </p>
      ) : null}
      {canWrite ? null : <p className="notice">{t('board.locked')}</p>}
      <div className="board">
        {lanes.map((lane) => {
          const laneNotes = shown.get(lane.key) ?? [];
          return (
            <LaneColumn
              key={lane.key}
              lane={lane}
              count={laneNotes.length}
              onAddHere={canWrite ? () => setDialog({ kind: 'add', lane: lane.key }) : undefined}
            >
              {laneNotes.map((note) => {
                const mine = note.authorId === session.participantId;
                return (
                  <NoteItem
                    key={note.id}
                    note={note}
                    lane={lane}
                    mine={mine}
                    canChange={canWrite && (mine || facilitator)}
                    drag={handleProps}
                    onAction={onAction}
                  />
                );
              })}
            </LaneColumn>
          );
        })}
      </div>
      {canWrite ? (
        <button type="button" className="btn btn--primary add-fab" onClick={() => setDialog({ kind: 'add' })}>
          {t('board.add')}
        </button>
      ) : null}
      <BoardDialogs
        dialog={dialog}
        lanes={lanes}
        dispatch={dispatch}
        close={() => setDialog(undefined)}
        draftKey={`chiiki.draft.${session.workshopId}`}
      />
    </PageLayout>
  );
}
