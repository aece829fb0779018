import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../outbox/outboxStore';
import { note } from '../testing/note';
import { byLane, withPending } from './withPending';

const entry = (command: OutboxEntry['command']): OutboxEntry => ({
  command,
  enqueuedAt: '2026-11-26T10:05:00.000Z',
});

describe('withPending', () => {
  it('shows unsent adds, edits, moves and deletes over the doc, marked pending', () => {
    const doc = [note('n1', 'citizen', 1), note('n2', 'citizen', 2), note('n3', 'city', 1)];
    const shown = withPending(
      doc,
      [
        entry({ type: 'addNote', commandId: 'c001', noteId: 'n9', lane: 'council', text: '新しい' }),
        entry({ type: 'editNote', commandId: 'c002', noteId: 'n1', text: 'なおした' }),
        entry({ type: 'moveNote', commandId: 'c003', noteId: 'n2', lane: 'city' }),
        entry({ type: 'deleteNote', commandId: 'c004', noteId: 'n3' }),
      ],
      'ws01',
      'me01',
    );
    const lanes = byLane(shown);
    expect(lanes.get('council')?.map((n) => [n.text, n.pending])).toEqual([['新しい', true]]);
    expect(lanes.get('citizen')?.map((n) => [n.text, n.pending])).toEqual([['なおした', true]]);
    expect(lanes.get('city')?.map((n) => n.id)).toEqual(['n2']);
  });

  it('does not show an add twice once the server has applied it', () => {
    const shown = withPending(
      [note('n1', 'citizen', 1)],
      [entry({ type: 'addNote', commandId: 'c001', noteId: 'n1', lane: 'citizen', text: 'メモ n1' })],
      'ws01',
      'me01',
    );
    expect(shown).toHaveLength(1);
    expect(shown[0]?.pending).toBe(false);
  });
});

describe('byLane', () => {
  it('groups by lane, each in position order, then creation order when positions tie', () => {
    const at = (time: string) => ({ createdAt: `2026-11-26T${time}.000Z` });
    const lanes = byLane(
      [
        note('n1', 'city', 2),
        note('n2', 'citizen', 1, at('10:00:09')),
        note('n3', 'city', 1),
        note('n4', 'citizen', 1, at('09:59:59')),
      ].map((n) => ({ ...n, pending: false })),
    );
    expect([...lanes.keys()]).toEqual(['city', 'citizen']);
    expect(lanes.get('city')?.map((n) => n.id)).toEqual(['n3', 'n1']);
    expect(lanes.get('citizen')?.map((n) => n.id)).toEqual(['n4', 'n2']);
  });
});
