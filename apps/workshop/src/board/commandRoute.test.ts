import { putNote, setPhase } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ParticipantCommand } from '../outbox/outboxStore';
import { note } from '../testing/note';
import { commandRoute } from './commandRoute';

const add = { type: 'addNote', commandId: 'c1', noteId: 'n1', lane: 'citizen', text: 'メモ' } as const;

function board(phase: 'writing' | 'sharing'): Y.Doc {
  const doc = new Y.Doc();
  setPhase(doc, phase);
  return doc;
}

describe('commandRoute', () => {
  it('sends every participant command through the outbox', () => {
    expect(commandRoute('participant', board('sharing'), add)).toBe('outbox');
    const vote = { type: 'vote', commandId: 'c', voteId: 'v', noteId: 'n' } as ParticipantCommand;
    expect(commandRoute('participant', undefined, vote)).toBe('outbox');
  });

  it("sends a facilitator's note written during silent writing through the outbox, not the doc", () => {
    expect(commandRoute('facilitator', board('writing'), add)).toBe('outbox');
  });

  it("writes a facilitator's note straight into the doc once notes are shared", () => {
    expect(commandRoute('facilitator', board('sharing'), add)).toBe('doc');
  });

  it("sends a facilitator's change to one of their drafts (not on the shared board) through the outbox", () => {
    const doc = board('sharing');
    const edit = { type: 'editNote', commandId: 'c2', noteId: 'draft', text: 'なおし' } as const;
    expect(commandRoute('facilitator', doc, edit)).toBe('outbox');
    putNote(doc, note('shared', 'citizen', 1));
    expect(commandRoute('facilitator', doc, { ...edit, noteId: 'shared' })).toBe('doc');
  });
});
