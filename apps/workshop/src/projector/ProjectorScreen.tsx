import './projector.css';
import '../pacing/facilitation.css';
import { PHASE_RULES } from '@chiiki/model';
import { LaneHeader, useLanguage, useT } from '@chiiki/ui';
import { useMemo } from 'react';
import { NoSession } from '../board/NoSession';
import { useBoard } from '../board/useBoard';
import { byLane, withPending } from '../board/withPending';
import { joinLink, spacedCode } from '../joinQr/joinLink';
import { QrCode } from '../joinQr/QrCode';
import { TimerDisplay } from '../pacing/TimerDisplay';
import { useFacilitation } from '../pacing/useFacilitation';
import { usePlan } from '../plan/usePlan';
import { loadSession, type Session } from '../session/session';
import { usePresence } from '../sync/usePresence';
import { useWorkshopSync } from '../sync/useWorkshopSync';

/**
 * The read-only board for the hall's projector: large type readable from the back row, every
 * lane side by side, and the join QR and code in a corner for latecomers. Facilitator-only, so
 * it is a separate lazy chunk.
 */
export default function ProjectorScreen({ workshopId }: { workshopId: string }) {
  const session = useMemo(() => loadSession(workshopId), [workshopId]);
  if (session?.role !== 'facilitator') return <NoSession />;
  return <Projector session={session} />;
}

const PROJECTOR_USER = { name: '', role: 'projector' } as const;

function Projector({ session }: { session: Session }) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const sync = useWorkshopSync(session.workshopId, session.token, PROJECTOR_USER);
  const { plan: serverPlan } = usePlan();
  const { plan, notes, phase } = useBoard(sync?.doc, session.workshopId, serverPlan);
  const { timer } = useFacilitation(sync?.doc, session.workshopId);
  const people = usePresence(sync?.provider);
  const lanes = useMemo(() => [...plan.lanes].sort((a, b) => a.order - b.order), [plan]);
  const shown = useMemo(() => byLane(withPending(notes, [], session.workshopId, '')), [notes, session]);
  const link = joinLink(session);

  return (
    <div className="projector">
      <header className="projector__header">
        <div>
          <h1 className="projector__title">{session.theme ?? t('projector.title')}</h1>
          <p className="projector__meta">
            {t(`phases.${phase}`)} ・ {t('board.present', { count: people.length })} ・{' '}
            {t('projector.notes', { count: notes.length })}
          </p>
          <p className="projector__instruction">{PHASE_RULES[phase][language]}</p>
        </div>
        {phase === 'closed' ? null : <TimerDisplay timer={timer} large />}
        <aside className="projector__join" aria-label={t('board.joinAt')}>
          <QrCode value={link} label={`${t('board.joinAt')}: ${link}`} className="qr qr--corner" />
          <div>
            <p className="projector__join-text">{t('board.joinAt')}</p>
            <p className="projector__code">{spacedCode(session.joinCode)}</p>
          </div>
        </aside>
      </header>
      <main className="projector__lanes" style={{ '--lanes': lanes.length } as Record<string, number>}>
        {lanes.map((lane) => {
          const laneNotes = shown.get(lane.key) ?? [];
          return (
            <section key={lane.key} className="projector__lane" aria-labelledby={`p-lane-${lane.key}`}>
              <LaneHeader
                id={`p-lane-${lane.key}`}
                name={language === 'en' ? lane.en : lane.ja}
                colour={lane.colour}
                count={laneNotes.length}
              />
              <ul className="lane__notes">
                {laneNotes.map((note) => (
                  <li key={note.id} className="projector__note" style={{ borderLeftColor: lane.colour }}>
                    {note.text}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </main>
    </div>
  );
}
