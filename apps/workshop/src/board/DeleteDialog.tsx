import { Button, Dialog, NoteCard, useT } from '@chiiki/ui';

/** Props of DeleteDialog: the note's text and the two answers. */
interface DeleteDialogProps {
  open: boolean;
  text: string;
  onDelete: () => void;
  onClose: () => void;
}

/** Asks once before deleting, showing the note, because a tap on the wrong card is easy on a tablet. */
export function DeleteDialog({ open, text, onDelete, onClose }: DeleteDialogProps) {
  const { t } = useT('workshop');
  return (
    <Dialog open={open} title={t('board.deleteTitle')} onClose={onClose}>
      <NoteCard text={text} />
      <div className="composer__actions">
        <Button data-autofocus onClick={onClose}>
          {t('board.cancel')}
        </Button>
        <Button variant="danger" size="large" onClick={onDelete}>
          {t('board.deleteConfirm')}
        </Button>
      </div>
    </Dialog>
  );
}
