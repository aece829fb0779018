import { Button, Dialog, NoteCard, useT } from '@chiiki/ui';
import type { NoteAction } from './NoteItem';
import type { ShownNote } from './withPending';

/** Props of NoteMenuDialog: the note, whether it is the facilitator's own, and the chosen act. */
interface NoteMenuDialogProps {
  open: boolean;
  note: ShownNote;
  mine: boolean;
  onPick: (action: NoteAction) => void;
  onClose: () => void;
}

/**
 * The facilitator's acts on one note as big buttons, one per line: edit, move, tag with a goal,
 * and remove to the audit trail (or delete their own), so a card needs only two buttons.
 */
export function NoteMenuDialog({ open, note, mine, onPick, onClose }: NoteMenuDialogProps) {
  const { t } = useT('workshop');
  return (
    <Dialog open={open} title={t('facil.menuTitle')} onClose={onClose}>
      <div className="stack">
        <NoteCard text={note.text} />
        <div className="note-menu">
          <Button size="large" data-autofocus onClick={() => onPick('edit')}>
            {t('board.edit')}
          </Button>
          <Button size="large" onClick={() => onPick('move')}>
            {t('board.move')}
          </Button>
          <Button size="large" onClick={() => onPick('tag')}>
            {t('facil.goal')}
          </Button>
          {mine ? (
            <Button size="large" variant="danger" onClick={() => onPick('delete')}>
              {t('board.delete')}
            </Button>
          ) : (
            <Button size="large" variant="danger" onClick={() => onPick('remove')}>
              {t('facil.remove')}
            </Button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
