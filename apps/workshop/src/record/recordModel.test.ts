import { DEFAULT_PLAN, type Note, type WorkshopExport } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { recordSheet } from './recordModel';

const base = { typeName: 'note', workshopId: 'w1', authorId: 'p1', createdAt: '2026-01-01T00:00:00.000Z' };
const note = (id: string, lane: string, order: number, extra: Partial<Note> = {}) =>
  ({
    ...base,
    id,
    lane,
    text: `付箋${id}`,
    position: { order },
    updatedAt: base.createdAt,
    ...extra,
  }) as Note;

function exportWith(notes: Note[], votesOn: string[]): WorkshopExport {
  return {
    schemaVersion: 2,
    exportedAt: '2026-01-01T01:00:00.000Z',
    plan: DEFAULT_PLAN,
    workshop: {
      typeName: 'workshop',
      id: 'w1',
      planId: DEFAULT_PLAN.id,
      districtCode: DEFAULT_PLAN.districts[0]?.code ?? 'D01',
      theme: 'テーマ',
      date: '2026-01-01',
      status: 'closed',
      phase: 'closed',
    },
    notes,
    groups: [
      { typeName: 'group', id: 'g1', workshopId: 'w1', lane: 'citizen', name: '見守り', goalCode: '1' },
    ],
    votes: votesOn.map((noteId, i) => ({
      typeName: 'vote',
      id: `v${i}`,
      workshopId: 'w1',
      noteId,
      participantId: 'p1',
      createdAt: base.createdAt,
    })),
    attendance: [],
    phaseLog: [],
    includesNicknames: false,
  } as unknown as WorkshopExport;
}

describe('recordSheet', () => {
  it('puts groups in their lane, most-voted first, and counts tagged goals through groups', () => {
    const data = exportWith(
      [
        note('a', 'citizen', 1, { groupId: 'g1' as Note['groupId'] }),
        note('b', 'community', 2, { groupId: 'g1' as Note['groupId'] }),
        note('c', 'citizen', 3),
        note('d', 'citizen', 4),
      ],
      ['b', 'd', 'd'],
    );
    const sheet = recordSheet(data);
    const citizen = sheet.lanes.find((l) => l.lane.key === 'citizen');
    expect(citizen?.groups[0]?.notes.map((n) => n.note.id)).toEqual(['b', 'a']);
    expect(citizen?.groups[0]?.votes).toBe(1);
    expect(citizen?.loose.map((n) => [n.note.id, n.votes])).toEqual([
      ['d', 2],
      ['c', 0],
    ]);
    expect(sheet.lanes.find((l) => l.lane.key === 'community')?.loose).toEqual([]);
    expect(sheet.goalsUsed.map((g) => [g.goal.code, g.notes, g.votes])).toEqual([['1', 2, 1]]);
    expect(sheet.voteCount).toBe(3);
  });
});
