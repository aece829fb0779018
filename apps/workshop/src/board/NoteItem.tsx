import type { Lane } from '@chiiki/model';
import { NoteCard, useT } from '@chiiki/ui';
import { memo, type PointerEvent as ReactPointerEvent } from 'react';
import { VoteControl } from '../voting/VoteControl';
import { NoteTools, type ToolSet } from './NoteTools';
import type { ShownNote } from './withPending';

/** The pointer handlers a draggable card's handle gets from useNoteDrag. */
export interface DragHandleProps {
  onPointerDown: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerMove: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerUp: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerCancel: () => void;
  onClick: () => void;
}

/** What a card's tools ask the board to do. */
export type NoteAction =
  | 'edit'
  | 'move'
  | 'delete'
  | 'select'
  | 'menu'
  | 'tag'
  | 'remove'
  | 'vote'
  | 'unvote';

/** A card's dots in the voting phase: this person's, whether one more fits, the shown total. */
interface NoteDots {
  mine: number;
  canAdd: boolean;
  total: number | undefined;
}

/** Props of NoteItem: a note, its lane, what this tablet may do with it, and stable callbacks. */
interface NoteItemProps {
  note: ShownNote;
  lane: Lane;
  mine: boolean;
  tools: ToolSet;
  selected: boolean;
  /** The plan goal the note is tagged with, as a label. */
  goal: string | undefined;
  /** Dots, in the voting phase (participants), or the total after voting (everyone). */
  dots: NoteDots | undefined;
  total: number | undefined;
  /** Binds a drag handle to a note (stable across renders). */
  drag: (noteId: string, fromLane: string, onTap: () => void) => DragHandleProps;
  /** Acts on this note (stable across renders). */
  onAction: (action: NoteAction, note: ShownNote) => void;
}

function Chips({ goal, onBehalf, total }: { goal?: string; onBehalf?: boolean; total?: number }) {
  const { t } = useT('workshop');
  if (!goal && !onBehalf && total === undefined) return null;
  return (
    <ul className="note-chips">
      {goal ? <li className="chip chip--goal">{t('facil.goalChip', { goal })}</li> : null}
      {onBehalf ? <li className="chip">{t('facil.onBehalfChip')}</li> : null}
      {total === undefined ? null : <li className="chip vote-count">{t('vote.total', { count: total })}</li>}
    </ul>
  );
}

function NoteItemView({
  note,
  lane,
  mine,
  tools,
  selected,
  goal,
  dots,
  total,
  drag,
  onAction,
}: NoteItemProps) {
  const textId = `note-text-${note.id}`;
  const anyTools = tools.change || tools.delete || tools.facilitate;
  const chips = goal || note.onBehalf || (!dots && total !== undefined);
  const footer =
    chips || dots ? (
      <>
        {chips ? <Chips goal={goal} onBehalf={note.onBehalf} total={dots ? undefined : total} /> : null}
        {dots ? (
          <VoteControl
            mine={dots.mine}
            canAdd={dots.canAdd}
            total={dots.total}
            textId={textId}
            onAdd={() => onAction('vote', note)}
            onRemove={() => onAction('unvote', note)}
          />
        ) : null}
      </>
    ) : undefined;
  const classes = [tools.change ? 'note--tools' : '', selected ? 'note--selected' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li className="board__item">
      <NoteCard
        text={note.text}
        textId={textId}
        laneColour={lane.colour}
        mine={mine}
        pending={note.pending}
        footer={footer}
        actions={
          anyTools ? (
            <NoteTools
              note={note}
              laneKey={lane.key}
              tools={tools}
              selected={selected}
              textId={textId}
              drag={drag}
              onAction={onAction}
            />
          ) : undefined
        }
        className={classes || undefined}
        data-note-id={note.id}
      />
    </li>
  );
}

function same(a: NoteItemProps, b: NoteItemProps): boolean {
  return (
    a.note.id === b.note.id &&
    a.note.text === b.note.text &&
    a.note.lane === b.note.lane &&
    a.note.pending === b.note.pending &&
    a.note.onBehalf === b.note.onBehalf &&
    a.lane.key === b.lane.key &&
    a.lane.colour === b.lane.colour &&
    a.mine === b.mine &&
    a.tools.change === b.tools.change &&
    a.tools.delete === b.tools.delete &&
    a.tools.facilitate === b.tools.facilitate &&
    a.selected === b.selected &&
    a.goal === b.goal &&
    a.total === b.total &&
    a.dots?.mine === b.dots?.mine &&
    a.dots?.canAdd === b.dots?.canAdd &&
    a.dots?.total === b.dots?.total &&
    (a.dots === undefined) === (b.dots === undefined) &&
    a.drag === b.drag &&
    a.onAction === b.onAction
  );
}

/**
 * One card on the board with what this tablet may do with it now: its author's tools, the
 * facilitator's tools, or dots in the voting phase, plus goal and 代筆 chips. Memoised on the
 * visible fields, so a remote change re-renders only the cards it touches.
 */
export const NoteItem = memo(NoteItemView, same);
