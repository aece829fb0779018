import {
  type Command,
  type NoteId,
  notesMap,
  type ParticipantId,
  patchNote,
  putNote,
  type WorkshopId,
} from '@chiiki/model';
import type * as Y from 'yjs';

function lastOrder(doc: Y.Doc, lane: string): number {
  let max = 0;
  for (const map of notesMap(doc).values()) {
    const position = map.get('position') as { order?: number } | undefined;
    if (map.get('lane') === lane && typeof position?.order === 'number') max = Math.max(max, position.order);
  }
  return max;
}

/**
 * Applies a command straight to the Y.Doc through the model's layout accessors: the
 * facilitator is a trusted, local-first writer, so their edits work offline and sync later.
 */
export function applyToDoc(doc: Y.Doc, workshopId: string, authorId: string, command: Command): void {
  const now = new Date().toISOString();
  const id = command.noteId as NoteId;
  switch (command.type) {
    case 'addNote':
      putNote(doc, {
        typeName: 'note',
        id,
        workshopId: workshopId as WorkshopId,
        lane: command.lane,
        text: command.text,
        authorId: authorId as ParticipantId,
        position: { order: lastOrder(doc, command.lane) + 1 },
        createdAt: now,
        updatedAt: now,
        ...(command.goalCode ? { goalCode: command.goalCode } : {}),
      });
      return;
    case 'editNote':
      patchNote(doc, id, { text: command.text, updatedAt: now });
      return;
    case 'moveNote':
      patchNote(doc, id, {
        lane: command.lane,
        position: command.position ?? { order: lastOrder(doc, command.lane) + 1 },
        updatedAt: now,
      });
      return;
    case 'deleteNote':
      notesMap(doc).delete(id);
      return;
  }
}
