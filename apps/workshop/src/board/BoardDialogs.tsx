import { type Lane, type NoteId, newId } from '@chiiki/model';
import { DeleteDialog } from './DeleteDialog';
import { MoveDialog } from './MoveDialog';
import { NoteComposer } from './NoteComposer';
import type { NoteAction } from './NoteItem';
import { NoteMenuDialog } from './NoteMenuDialog';
import type { Intent } from './useCommands';
import type { ShownNote } from './withPending';

/** Which dialog the board shows, if any (session scope: never stored or synced). */
export type BoardDialog =
  | { kind: 'add'; lane?: string; text?: string }
  | { kind: 'edit'; note: ShownNote }
  | { kind: 'move'; note: ShownNote }
  | { kind: 'delete'; note: ShownNote }
  | { kind: 'menu'; note: ShownNote; mine: boolean };

/** Props of BoardDialogs: the open dialog, the lanes, and where intents go. */
interface BoardDialogsProps {
  dialog: BoardDialog | undefined;
  lanes: readonly Lane[];
  dispatch: (intent: Intent) => void;
  close: () => void;
  /** Session-storage key for the unfinished new note of this board. */
  draftKey: string;
  /** Where the facilitator's note menu sends the chosen act. */
  onAction?: (action: NoteAction, note: ShownNote) => void;
}

/**
 * The board's dialogs in one place, each turning a finished choice into one intent: add,
 * edit, move or delete. Each opening mounts fresh, so a half-written note never leaks into
 * the next.
 */
export function BoardDialogs({ dialog, lanes, dispatch, close, draftKey, onAction }: BoardDialogsProps) {
  if (!dialog) return null;
  const finish = (intent: Intent) => {
    dispatch(intent);
    close();
  };
  switch (dialog.kind) {
    case 'add':
      return (
        <NoteComposer
          open
          lanes={lanes}
          lane={dialog.lane}
          seedText={dialog.text}
          draftKey={draftKey}
          onClose={close}
          onSubmit={(text, lane) => finish({ type: 'addNote', noteId: newId<NoteId>(), lane, text })}
        />
      );
    case 'edit':
      return (
        <NoteComposer
          open
          lanes={lanes}
          initialText={dialog.note.text}
          onClose={close}
          onSubmit={(text) => finish({ type: 'editNote', noteId: dialog.note.id, text })}
        />
      );
    case 'move':
      return (
        <MoveDialog
          open
          lanes={lanes}
          current={dialog.note.lane}
          onClose={close}
          onMove={(lane) => finish({ type: 'moveNote', noteId: dialog.note.id, lane })}
        />
      );
    case 'menu': {
      const { note } = dialog;
      return (
        <NoteMenuDialog
          open
          note={note}
          mine={dialog.mine}
          onClose={close}
          onPick={(action) => {
            close();
            onAction?.(action, note);
          }}
        />
      );
    }
    case 'delete':
      return (
        <DeleteDialog
          open
          text={dialog.note.text}
          onClose={close}
          onDelete={() => finish({ type: 'deleteNote', noteId: dialog.note.id })}
        />
      );
  }
}
