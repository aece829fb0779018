import type { Group } from '@chiiki/model';
import { useCallback, useRef } from 'react';
import type { VotesApi } from '../voting/useVotes';
import type { BoardDialog } from './BoardDialogs';
import type { NoteAction } from './NoteItem';
import type { ShownNote } from './withPending';

/** A request from a card or group to the facilitator's (lazily loaded) tools. */
export type FacilitatorRequest =
  | { kind: 'remove'; note: ShownNote }
  | { kind: 'tag'; note: ShownNote }
  | { kind: 'group'; group: Group };

/** Where a card's acts go: dots, the facilitator's selection and tools, the board's dialogs. */
interface NoteActionTargets {
  votes: VotesApi;
  participantId: string;
  toggleSelected: (noteId: string) => void;
  setRequest: (request: FacilitatorRequest) => void;
  setDialog: (dialog: BoardDialog) => void;
}

/**
 * One stable callback for every card's buttons (so memoised cards never re-render for a new
 * function), routing each act to the latest targets through a ref.
 */
export function useNoteActions(targets: NoteActionTargets): (action: NoteAction, note: ShownNote) => void {
  const latest = useRef(targets);
  latest.current = targets;
  return useCallback((action: NoteAction, note: ShownNote) => {
    const t = latest.current;
    switch (action) {
      case 'vote':
        return t.votes.add(note.id);
      case 'unvote':
        return t.votes.remove(note.id);
      case 'select':
        return t.toggleSelected(note.id);
      case 'remove':
      case 'tag':
        return t.setRequest({ kind: action, note });
      case 'menu':
        return t.setDialog({ kind: 'menu', note, mine: note.authorId === t.participantId });
      default:
        return t.setDialog({ kind: action, note });
    }
  }, []);
}
