import type { Lane } from '@chiiki/model';
import { Button, NoteCard, useT } from '@chiiki/ui';
import { memo, type PointerEvent as ReactPointerEvent } from 'react';
import type { ShownNote } from './withPending';

/** The pointer handlers a draggable card's handle gets from useNoteDrag. */
export interface DragHandleProps {
  onPointerDown: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerMove: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerUp: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerCancel: () => void;
  onClick: () => void;
}

/** What a card's tools ask the board to open. */
export type NoteAction = 'edit' | 'move' | 'delete';

/** Props of NoteItem: a note, its lane, whether this tablet may change it, and stable callbacks. */
export interface NoteItemProps {
  note: ShownNote;
  lane: Lane;
  mine: boolean;
  canChange: boolean;
  /** Binds a drag handle to a note (stable across renders). */
  drag: (noteId: string, fromLane: string, onTap: () => void) => DragHandleProps;
  /** Opens a dialog for this note (stable across renders). */
  onAction: (action: NoteAction, note: ShownNote) => void;
}

function NoteTools({
  note,
  lane,
  drag,
  onAction,
  textId,
}: Omit<NoteItemProps, 'mine' | 'canChange'> & { textId: string }) {
  const { t } = useT('workshop');
  return (
    <>
      <button
        type="button"
        className="btn btn--quiet drag-handle"
        aria-label={t('board.drag')}
        aria-describedby={textId}
        title={t('board.drag')}
        {...drag(note.id, lane.key, () => onAction('move', note))}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <Button aria-describedby={textId} onClick={() => onAction('edit', note)}>
        {t('board.edit')}
      </Button>
      <Button aria-describedby={textId} onClick={() => onAction('move', note)}>
        {t('board.move')}
      </Button>
      <Button variant="danger" aria-describedby={textId} onClick={() => onAction('delete', note)}>
        {t('board.delete')}
      </Button>
    </>
  );
}

function NoteItemView({ note, lane, mine, canChange, drag, onAction }: NoteItemProps) {
  const textId = `note-text-${note.id}`;
  return (
    <li className="board__item">
      <NoteCard
        text={note.text}
        textId={canChange ? textId : undefined}
        laneColour={lane.colour}
        mine={mine}
        pending={note.pending}
        actions={
          canChange ? (
            <NoteTools note={note} lane={lane} drag={drag} onAction={onAction} textId={textId} />
          ) : undefined
        }
        className={canChange ? 'note--tools' : undefined}
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
    a.lane === b.lane &&
    a.mine === b.mine &&
    a.canChange === b.canChange &&
    a.drag === b.drag &&
    a.onAction === b.onAction
  );
}

/**
 * One card on the board with its tools: edit, move, delete and a drag handle, shown only on
 * notes this tablet may change (the server checks again). The move button is the keyboard and
 * switch-access alternative to dragging. Memoised on the note's visible fields, so a remote
 * change re-renders only the cards it touches.
 */
export const NoteItem = memo(NoteItemView, same);
