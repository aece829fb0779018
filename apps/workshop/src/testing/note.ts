import type { Note, NoteId, ParticipantId, WorkshopId } from '@chiiki/model';

/** A note for tests: workshop ws01, author me01, a fixed time, so only what a test varies shows. */
export const note = (id: string, lane: string, order: number, fields: Partial<Note> = {}): Note => ({
  typeName: 'note',
  id: id as NoteId,
  workshopId: 'ws01' as WorkshopId,
  lane,
  text: `メモ ${id}`,
  authorId: 'me01' as ParticipantId,
  position: { order },
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
  ...fields,
});
