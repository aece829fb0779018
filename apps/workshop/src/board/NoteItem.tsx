import type { Lane } from '@chiiki/model';
import { Button, NoteCard, useT } from '@chiiki/ui';
import { type PointerEvent as ReactPointerEvent, useId } from 'react';
import type { ShownNote } from './withPending';

/** The pointer handlers a draggable card's handle gets from useNoteDrag. */
export interface DragHandleProps {
  onPointerDown: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerMove: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerUp: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerCancel: () => void;
  onClick: () => void;
}

/** Props of NoteItem: a note, its lane, whether this tablet may change it, and the actions. */
export interface NoteItemProps {
  note: ShownNote;
  lane: Lane | undefined;
  mine: boolean;
  canChange: boolean;
  drag: DragHandleProps;
  onEdit: () => void;
  onMove: () => void;
  onDelete: () => void;
}

/**
 * One card on the board with its tools: edit, move, delete and a drag handle, shown only on
 * notes this tablet may change (the server checks again). The move button is the keyboard
 * and switch-access alternative to dragging.
 */
export function NoteItem({ note, lane, mine, canChange, drag, onEdit, onMove, onDelete }: NoteItemProps) {
  const { t } = useT('workshop');
  const textId = useId();
  const actions = canChange ? (
    <>
      <button
        type="button"
        className="btn btn--quiet drag-handle"
        aria-label={t('board.drag')}
        aria-describedby={textId}
        title={t('board.drag')}
        {...drag}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <Button aria-describedby={textId} onClick={onEdit}>
        {t('board.edit')}
      </Button>
      <Button aria-describedby={textId} onClick={onMove}>
        {t('board.move')}
      </Button>
      <Button variant="danger" aria-describedby={textId} onClick={onDelete}>
        {t('board.delete')}
      </Button>
    </>
  ) : undefined;
  return (
    <li className="board__item">
      <NoteCard
        text={note.text}
        textId={textId}
        laneColour={lane?.colour}
        mine={mine}
        pending={note.pending}
        actions={actions}
        data-note-id={note.id}
      />
    </li>
  );
}
