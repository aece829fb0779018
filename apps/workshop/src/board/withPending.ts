import type { Note, NoteId, ParticipantId, WorkshopId } from '@chiiki/model';
import type { OutboxEntry } from '../outbox/outboxStore';

/** A note as the board shows it: the doc's note, or one still in the outbox. */
export interface ShownNote extends Note {
  pending: boolean;
}

/**
 * Lays the participant's unsent commands over the doc's notes, so what they wrote shows at
 * once (marked pending) and stays on screen through a reload while offline.
 */
export function withPending(
  notes: readonly Note[],
  pending: readonly OutboxEntry[],
  workshopId: string,
  authorId: string,
): ShownNote[] {
  const shown = new Map<string, ShownNote>(notes.map((n) => [n.id, { ...n, pending: false }]));
  for (const { command, enqueuedAt } of pending) {
    if (command.type === 'vote' || command.type === 'unvote') continue;
    const existing = shown.get(command.noteId);
    switch (command.type) {
      case 'addNote':
        if (!existing) {
          shown.set(command.noteId, {
            typeName: 'note',
            id: command.noteId as NoteId,
            workshopId: workshopId as WorkshopId,
            lane: command.lane,
            text: command.text,
            authorId: authorId as ParticipantId,
            position: { order: Number.MAX_SAFE_INTEGER },
            createdAt: enqueuedAt,
            updatedAt: enqueuedAt,
            pending: true,
          });
        }
        break;
      case 'editNote':
        if (existing) shown.set(command.noteId, { ...existing, text: command.text, pending: true });
        break;
      case 'moveNote':
        if (existing) shown.set(command.noteId, { ...existing, lane: command.lane, pending: true });
        break;
      case 'deleteNote':
        shown.delete(command.noteId);
        break;
    }
  }
  return [...shown.values()];
}

/**
 * Groups notes by lane key, each lane in position order then creation order. Timestamps of one
 * format compare in code-unit order as in time order; localeCompare would create an ICU
 * collator on the board's first render (~30 ms at 4× CPU throttling; decision 0019).
 */
export function byLane(notes: readonly ShownNote[]): Map<string, ShownNote[]> {
  const lanes = new Map<string, ShownNote[]>();
  for (const note of notes) {
    const list = lanes.get(note.lane) ?? [];
    list.push(note);
    lanes.set(note.lane, list);
  }
  for (const list of lanes.values()) {
    list.sort((a, b) => a.position.order - b.position.order || byCodeUnits(a.createdAt, b.createdAt));
  }
  return lanes;
}

/** The shared notes with this tablet's private drafts laid in (the shared copy of a note wins). */
export function withDrafts(notes: readonly Note[], drafts: readonly Note[]): readonly Note[] {
  if (drafts.length === 0) return notes;
  const ids = new Set(notes.map((n) => n.id));
  return [...notes, ...drafts.filter((d) => !ids.has(d.id))];
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
