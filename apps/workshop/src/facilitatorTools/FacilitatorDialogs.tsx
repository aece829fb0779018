import { type GroupId, type Lane, type Note, type NoteId, newId, type Plan } from '@chiiki/model';
import { NoteComposer } from '../board/NoteComposer';
import type { FacilitatorRequest } from '../board/useNoteActions';
import type { FacilitationState } from '../pacing/useFacilitation';
import type { Session } from '../session/session';
import { CloseDialog } from './CloseDialog';
import { GoalDialog } from './GoalDialog';
import { GroupDialog } from './GroupDialog';
import { GroupMenuDialog } from './GroupMenuDialog';
import { HeadCountDialog } from './HeadCountDialog';
import { LocksDialog } from './LocksDialog';
import { RemoveDialog } from './RemoveDialog';
import type { Send } from './useSend';
import { VotingDialog } from './VotingDialog';

/** The facilitator's dialogs; one open at a time (session scope). */
export type FacilitatorDialog =
  | 'voting'
  | 'locks'
  | 'headCount'
  | 'close'
  | 'onBehalf'
  | 'group'
  | 'tagSelection'
  | undefined;

/** Props of FacilitatorDialogs: what is open, the board, the selection, and the sender. */
interface FacilitatorDialogsProps {
  open: FacilitatorDialog;
  request: FacilitatorRequest | undefined;
  session: Session;
  plan: Plan;
  lanes: readonly Lane[];
  facil: FacilitationState;
  selectedNotes: readonly Note[];
  send: Send;
  done: () => void;
  onClosed: () => void;
  clearSelection: () => void;
}

/**
 * Every facilitator dialog in one place, each turning a finished choice into server commands:
 * voting settings, locks and follow, head counts, closing, a note written on someone's behalf,
 * grouping, goal tags and removal to the audit trail.
 */
export function FacilitatorDialogs(props: FacilitatorDialogsProps) {
  const { open, request, session, plan, lanes, facil, selectedNotes, send, done } = props;
  const finish = async (work: Promise<unknown>) => {
    await work;
    done();
  };
  if (request?.kind === 'remove') {
    const { note } = request;
    return (
      <RemoveDialog
        open
        text={note.text}
        onClose={done}
        onRemove={(reason) => void finish(send({ type: 'removeNote', noteId: note.id, reason }))}
      />
    );
  }
  if (request?.kind === 'group') {
    return <GroupMenuDialog open group={request.group} goals={plan.goals} send={send} onClose={done} />;
  }
  if (request?.kind === 'tag') {
    const { note } = request;
    return (
      <GoalDialog
        open
        subject={note.text}
        goals={plan.goals}
        current={note.goalCode}
        onClose={done}
        onPick={(goalCode) => void finish(send({ type: 'tag', target: 'note', id: note.id, goalCode }))}
      />
    );
  }
  switch (open) {
    case 'voting':
      return <VotingDialog open voting={facil.voting} send={send} onClose={done} />;
    case 'locks':
      return (
        <LocksDialog
          open
          lanes={lanes}
          locks={facil.locks}
          follow={facil.follow}
          send={send}
          onClose={done}
        />
      );
    case 'headCount':
      return <HeadCountDialog open session={session} send={send} onClose={done} />;
    case 'close':
      return <CloseDialog open session={session} send={send} onClose={done} onClosed={props.onClosed} />;
    case 'onBehalf':
      return (
        <NoteComposer
          open
          lanes={lanes}
          onClose={done}
          onSubmit={(text, lane) =>
            void finish(send({ type: 'addNote', noteId: newId<NoteId>(), lane, text, onBehalf: true }))
          }
        />
      );
    case 'group': {
      const first = selectedNotes[0];
      if (!first) return null;
      const group = async (name: string) => {
        const groupId = newId<GroupId>();
        const made = await send({ type: 'putGroup', groupId, lane: first.lane, name });
        if (made) await send({ type: 'groupNotes', groupId, noteIds: selectedNotes.map((n) => n.id) });
        props.clearSelection();
      };
      return (
        <GroupDialog
          open
          count={selectedNotes.length}
          onClose={done}
          onGroup={(name) => void finish(group(name))}
        />
      );
    }
    case 'tagSelection':
      return (
        <GoalDialog
          open
          subject={selectedNotes.map((n) => n.text).join(' / ')}
          goals={plan.goals}
          current={undefined}
          onClose={done}
          onPick={(goalCode) =>
            void finish(
              (async () => {
                for (const n of selectedNotes)
                  await send({ type: 'tag', target: 'note', id: n.id, goalCode });
                props.clearSelection();
              })(),
            )
          }
        />
      );
    default:
      return null;
  }
}
