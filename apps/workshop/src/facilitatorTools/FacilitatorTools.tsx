import type { Note, Phase, Plan } from '@chiiki/model';
import { Button, Dialog, FormError, useT } from '@chiiki/ui';
import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { FacilitatorRequest } from '../board/useNoteActions';
import { joinLink, spacedCode } from '../joinQr/joinLink';
import { QrCode } from '../joinQr/QrCode';
import type { FacilitationState } from '../pacing/useFacilitation';
import type { Session } from '../session/session';
import { ExportPanel } from './ExportPanel';
import { type FacilitatorDialog, FacilitatorDialogs } from './FacilitatorDialogs';
import { PhaseControl } from './PhaseControl';
import { PrivateProgress } from './PrivateProgress';
import { SelectionBar } from './SelectionBar';
import { useFacilitatorStrings } from './strings/useFacilitatorStrings';
import { TimerControls } from './TimerControls';
import { useSend } from './useSend';
import './facilitator.css';

/** Props of FacilitatorTools: the facilitator's session and everything the board knows. */
interface FacilitatorToolsProps {
  session: Session;
  doc: Y.Doc;
  phase: Phase;
  plan: Plan;
  facil: FacilitationState;
  notes: readonly Note[];
  selected: ReadonlySet<string>;
  clearSelection: () => void;
  request: FacilitatorRequest | undefined;
  clearRequest: () => void;
}

/**
 * The facilitator's controls above the board: phase, timer, voting, locks and follow, head
 * counts, a note on someone's behalf, the join QR, closing and the record's downloads, plus the
 * selection bar for grouping. Loaded lazily so participants' tablets never download it.
 */
export default function FacilitatorTools(props: FacilitatorToolsProps) {
  useFacilitatorStrings();
  const { session, phase, plan, facil, notes, selected, request } = props;
  const { t } = useT('workshop');
  const { send, error, busy, clearError } = useSend(session);
  const [open, setOpen] = useState<FacilitatorDialog>();
  const [qrOpen, setQrOpen] = useState(false);
  const [closedHere, setClosedHere] = useState(false);
  const lanes = useMemo(() => [...plan.lanes].sort((a, b) => a.order - b.order), [plan]);
  // In the order they were tapped: a merge keeps the first one, a group takes its lane.
  const selectedNotes = useMemo(() => {
    const byId = new Map(notes.map((n) => [n.id as string, n]));
    return [...selected].flatMap((id) => byId.get(id) ?? []);
  }, [notes, selected]);
  const link = joinLink(session);
  const closed = phase === 'closed' || closedHere;
  const done = () => {
    setOpen(undefined);
    props.clearRequest();
  };

  if (closed) return <ExportPanel session={session} />;

  return (
    <div className="facilitator-bar">
      <div className="facilitator-bar__row">
        <PhaseControl phase={phase} send={send} busy={busy} />
        <TimerControls timer={facil.timer} send={send} busy={busy} />
      </div>
      <div className="facilitator-bar__row">
        <Button onClick={() => setOpen('onBehalf')}>{t('facil.onBehalf')}</Button>
        <Button onClick={() => setOpen('voting')}>{t('vote.settings')}</Button>
        <Button onClick={() => setOpen('locks')}>{t('lock.title')}</Button>
        <Button onClick={() => setOpen('headCount')}>{t('attendance.title')}</Button>
        <Button onClick={() => setQrOpen(true)}>{t('board.showQr')}</Button>
        <a
          className="btn btn--secondary"
          href={`/w/${encodeURIComponent(session.workshopId)}/projector`}
          target="_blank"
          rel="noopener"
        >
          {t('board.projector')}
        </a>
        <Button variant="danger" onClick={() => setOpen('close')}>
          {t('close.button')}
        </Button>
      </div>
      <PrivateProgress session={session} phase={phase} hidden={facil.voting.hidden} />
      <p className="facilitator-bar__code">
        {t('board.joinCode')}: <strong>{spacedCode(session.joinCode)}</strong>
      </p>
      {error ? (
        <FormError>
          {error}{' '}
          <Button variant="quiet" onClick={clearError}>
            {t('facil.close')}
          </Button>
        </FormError>
      ) : null}
      {selected.size > 0 ? (
        <SelectionBar
          count={selected.size}
          onGroup={() => setOpen('group')}
          onTag={() => setOpen('tagSelection')}
          onClear={props.clearSelection}
          onMerge={() => {
            const [into, ...rest] = selectedNotes;
            if (into && rest.length > 0)
              void send({ type: 'mergeNotes', into: into.id, noteIds: rest.map((n) => n.id) }).then(
                props.clearSelection,
              );
          }}
        />
      ) : null}
      <FacilitatorDialogs
        open={open}
        request={request}
        session={session}
        plan={plan}
        lanes={lanes}
        facil={facil}
        selectedNotes={selectedNotes}
        send={send}
        done={done}
        onClosed={() => {
          setClosedHere(true);
          setOpen(undefined);
        }}
        clearSelection={props.clearSelection}
      />
      <Dialog open={qrOpen} title={t('board.showQr')} onClose={() => setQrOpen(false)}>
        <div className="qr-panel">
          <QrCode value={link} label={`${t('board.joinAt')}: ${link}`} className="qr qr--dialog" />
          <p className="join-code-big">{spacedCode(session.joinCode)}</p>
          <p className="qr-panel__url">{link}</p>
        </div>
      </Dialog>
    </div>
  );
}
