import { Button, useT } from '@chiiki/ui';
import type { DragHandleProps, NoteAction } from './NoteItem';
import type { ShownNote } from './withPending';

/** Which tools a card shows: each one only where this tablet may use it now. */
export interface ToolSet {
  change: boolean;
  delete: boolean;
  /** Facilitator tools: select for grouping, tag with a goal, remove to the audit trail. */
  facilitate: boolean;
}

/** Props of NoteTools: the note, its lane key, the tools to show, and the board's stable callbacks. */
interface NoteToolsProps {
  note: ShownNote;
  laneKey: string;
  tools: ToolSet;
  selected: boolean;
  textId: string;
  drag: (noteId: string, fromLane: string, onTap: () => void) => DragHandleProps;
  onAction: (action: NoteAction, note: ShownNote) => void;
}

/**
 * A card's buttons: drag handle, edit, move and delete for its author; for the facilitator,
 * select and a menu of everything else (edit, move, goal, remove). Each names the note it acts on (aria-describedby) for screen readers.
 */
export function NoteTools({ note, laneKey, tools, selected, textId, drag, onAction }: NoteToolsProps) {
  const { t } = useT('workshop');
  const handle = (
    <button
      type="button"
      className="btn btn--quiet drag-handle"
      aria-label={t('board.drag')}
      aria-describedby={textId}
      title={t('board.drag')}
      {...drag(note.id, laneKey, () => onAction('move', note))}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
  // The facilitator's card stays light: select (the frequent act while grouping) and one menu.
  if (tools.facilitate) {
    return (
      <>
        {tools.change ? handle : null}
        <Button aria-pressed={selected} aria-describedby={textId} onClick={() => onAction('select', note)}>
          {selected ? t('facil.selected') : t('facil.select')}
        </Button>
        <Button aria-describedby={textId} onClick={() => onAction('menu', note)}>
          {t('facil.menu')}
        </Button>
      </>
    );
  }
  return (
    <>
      {tools.change ? (
        <>
          {handle}
          <Button aria-describedby={textId} onClick={() => onAction('edit', note)}>
            {t('board.edit')}
          </Button>
          <Button aria-describedby={textId} onClick={() => onAction('move', note)}>
            {t('board.move')}
          </Button>
        </>
      ) : null}
      {tools.delete ? (
        <Button variant="danger" aria-describedby={textId} onClick={() => onAction('delete', note)}>
          {t('board.delete')}
        </Button>
      ) : null}
    </>
  );
}
