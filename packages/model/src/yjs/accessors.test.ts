import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { GroupId, NoteId, VoteId } from '../records/ids';
import { GROUP, NOTE, VOTE, WORKSHOP } from '../testkit/fixtures';
import { deleteGroup, getGroup, groupsMap, listGroups, putGroup } from './groups';
import { getNote, getPhase, listNotes, notesMap, putNote, setPhase } from './layout';
import { listPhaseLog, phaseLogArray } from './phaseLog';
import { deleteVote, listVotes, putVote, votesMap } from './votes';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe('groups in the doc', () => {
  it('reads back what was put, and skips an entry that fails validation', () => {
    const doc = new Y.Doc();
    putGroup(doc, GROUP);
    const bad = new Y.Map<unknown>();
    bad.set('id', 'grp-bad1');
    bad.set('lane', 'NOT A KEY');
    bad.set('name', 'x');
    groupsMap(doc).set('grp-bad1', bad);
    expect(getGroup(doc, WORKSHOP.id, GROUP.id)).toEqual(GROUP);
    expect(getGroup(doc, WORKSHOP.id, 'grp-bad1' as GroupId)).toBeUndefined();
    expect(listGroups(doc, WORKSHOP.id)).toEqual([GROUP]);
    expect(deleteGroup(doc, GROUP.id)).toBe(true);
    expect(deleteGroup(doc, GROUP.id)).toBe(false);
    expect(listGroups(doc, WORKSHOP.id)).toEqual([]);
  });

  it('a rename on one tablet and a goal change on another both survive', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    putGroup(a, GROUP);
    sync(a, b);
    groupsMap(a).get(GROUP.id)?.set('name', '毎日の見守り');
    groupsMap(b).get(GROUP.id)?.set('goalCode', '3');
    sync(a, b);
    for (const doc of [a, b]) {
      expect(getGroup(doc, WORKSHOP.id, GROUP.id)).toEqual({ ...GROUP, name: '毎日の見守り', goalCode: '3' });
    }
  });
});

describe('votes in the doc', () => {
  it('lists votes oldest first, and a retried vote is stored once', () => {
    const doc = new Y.Doc();
    const later = { ...VOTE, id: 'vote-0002' as VoteId, createdAt: '2025-06-14T03:00:00.000Z' };
    putVote(doc, later);
    putVote(doc, VOTE);
    putVote(doc, VOTE);
    expect(listVotes(doc, WORKSHOP.id)).toEqual([VOTE, later]);
    expect(deleteVote(doc, later.id)).toBe(true);
    expect(deleteVote(doc, later.id)).toBe(false);
    expect(votesMap(doc).size).toBe(1);
  });

  it('concurrent votes from two tablets merge', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    putVote(a, VOTE);
    putVote(b, { ...VOTE, id: 'vote-0003' as VoteId });
    sync(a, b);
    expect(listVotes(a, WORKSHOP.id)).toEqual(listVotes(b, WORKSHOP.id));
    expect(listVotes(a, WORKSHOP.id)).toHaveLength(2);
  });
});

describe('phase log', () => {
  it('setPhase logs each change with its time, and skips invalid log entries', () => {
    const doc = new Y.Doc();
    putNote(doc, NOTE);
    setPhase(doc, 'writing', '2025-06-14T01:00:00.000Z');
    setPhase(doc, 'writing', '2025-06-14T01:01:00.000Z');
    setPhase(doc, 'voting', '2025-06-14T02:00:00.000Z');
    phaseLogArray(doc).push([{ phase: 'dancing', at: 'never' } as never]);
    expect(getPhase(doc)).toBe('voting');
    expect(listPhaseLog(doc)).toEqual([
      { phase: 'writing', at: '2025-06-14T01:00:00.000Z' },
      { phase: 'voting', at: '2025-06-14T02:00:00.000Z' },
    ]);
  });
});

describe('malformed entries from the network', () => {
  it('a note nesting 20,000 maps is skipped without recursion; the other notes still read', () => {
    const doc = new Y.Doc();
    putNote(doc, NOTE);
    let map = notesMap(doc) as Y.Map<unknown>;
    doc.transact(() => {
      for (let i = 0; i < 20_000; i++) {
        const next = new Y.Map<unknown>();
        map.set('deep', next);
        map = next;
      }
    });
    const shaped = new Y.Map<unknown>();
    notesMap(doc).set('note-shaped', shaped);
    for (const [key, value] of Object.entries(NOTE)) shaped.set(key, value);
    shaped.set('id', 'note-shaped');
    shaped.set('text', new Y.Map()); // a shared type where a string belongs
    (notesMap(doc) as Y.Map<unknown>).set('note-string', 'not a map');
    expect(getNote(doc, WORKSHOP.id, 'deep' as NoteId)).toBeUndefined();
    expect(getNote(doc, WORKSHOP.id, 'note-shaped' as NoteId)).toBeUndefined();
    expect(getNote(doc, WORKSHOP.id, 'note-string' as NoteId)).toBeUndefined();
    expect(listNotes(doc, WORKSHOP.id)).toEqual([NOTE]);
  });

  it('votes and groups that are shared types or arrays are skipped', () => {
    const doc = new Y.Doc();
    putVote(doc, VOTE);
    putGroup(doc, GROUP);
    (votesMap(doc) as Y.Map<unknown>).set('vote-map', new Y.Map());
    (votesMap(doc) as Y.Map<unknown>).set('vote-array', [VOTE]);
    (groupsMap(doc) as Y.Map<unknown>).set('grp-text', new Y.Text('x'));
    expect(listVotes(doc, WORKSHOP.id)).toEqual([VOTE]);
    expect(listGroups(doc, WORKSHOP.id)).toEqual([GROUP]);
  });
});
