import {
  type Activity,
  type Attendance,
  DEFAULT_PLAN,
  type Note,
  planToRows,
  type Target,
  toRow,
  type Vote,
  type Workshop,
} from '@chiiki/model';
import type { Source } from '../store/source';

const ws = (id: string, districtCode: string, date: string): Workshop =>
  ({
    typeName: 'workshop',
    id,
    planId: DEFAULT_PLAN.id,
    districtCode,
    theme: 'テーマ',
    date,
    status: 'closed',
    phase: 'closed',
  }) as Workshop;
const note = (id: string, workshopId: string, lane: string, goalCode?: string): Note =>
  ({
    typeName: 'note',
    id,
    workshopId,
    lane,
    ...(goalCode ? { goalCode } : {}),
    text: `意見 ${id}`,
    authorId: 'p-0001',
    position: { order: 0 },
    createdAt: '2025-06-01T00:00:00.000Z',
    updatedAt: '2025-06-01T00:00:00.000Z',
  }) as Note;
const att = (workshopId: string, participantId: string, count: number): Attendance =>
  ({ typeName: 'attendance', workshopId, participantId, viaTablet: count === 1, count }) as Attendance;
const vote = (id: string, workshopId: string, noteId: string): Vote =>
  ({
    typeName: 'vote',
    id,
    workshopId,
    noteId,
    participantId: 'p-0002',
    createdAt: '2025-06-01T00:00:00.000Z',
  }) as Vote;
const act = (
  date: string,
  districtCode: string,
  kind: Activity['kind'],
  organiser: Activity['organiser'],
  participants: number,
  volunteers = 0,
): Activity => ({ typeName: 'activity', date, districtCode, kind, organiser, participants, volunteers });

/**
 * A small, hand-countable data set (see indicators.test.ts for the expected figures): three
 * workshops in D01/D02 over FY2024–2025, notes, votes, attendance, activities and two targets.
 */
export function fixtureSource(): Source {
  const workshops = [
    ws('w-0001', 'D01', '2024-06-01'),
    ws('w-0002', 'D01', '2025-05-10'),
    ws('w-0003', 'D02', '2026-02-20'),
  ];
  const notes = [
    note('n-0001', 'w-0001', 'citizen'),
    note('n-0002', 'w-0002', 'citizen', '1'),
    note('n-0003', 'w-0002', 'citizen'),
    note('n-0004', 'w-0002', 'citizen'),
    note('n-0005', 'w-0002', 'city'),
    note('n-0006', 'w-0003', 'council', '2'),
    note('n-0007', 'w-0003', 'council'),
  ];
  const votes = [
    vote('v-0001', 'w-0002', 'n-0002'),
    vote('v-0002', 'w-0002', 'n-0002'),
    vote('v-0003', 'w-0002', 'n-0005'),
  ];
  const attendance = [
    att('w-0001', 'p-head1', 10),
    att('w-0002', 'p-0001', 1),
    att('w-0002', 'p-head2', 5),
    att('w-0003', 'p-head3', 3),
  ];
  const activities = [
    act('2025-04-12', 'D01', 'outreach_lecture', 'city', 30),
    act('2025-07-01', 'D01', 'outreach_lecture', 'council', 12),
    act('2026-03-31', 'D02', 'outreach_lecture', 'city', 8),
    act('2026-04-01', 'D02', 'outreach_lecture', 'city', 5),
    act('2024-10-10', 'D01', 'outreach_lecture', 'city', 20),
    act('2025-09-09', 'D02', 'training', 'council', 15),
    act('2025-11-11', 'D01', 'volunteer_activity', 'community', 40, 7),
  ];
  const targets: Target[] = [
    { typeName: 'target', indicatorId: 'outreach_lectures', districtCode: '*', fiscalYear: 2025, value: 4 },
    {
      typeName: 'target',
      indicatorId: 'outreach_attendance',
      districtCode: 'D01',
      fiscalYear: 2025,
      value: 40,
    },
  ];
  return {
    id: 'fixture',
    kind: 'sample',
    name: 'fixture',
    loadedAt: '2026-01-01T00:00:00.000Z',
    tables: {
      ...planToRows(DEFAULT_PLAN),
      workshops: workshops.map((r) => toRow('workshops', r)),
      notes: notes.map((r) => toRow('notes', r)),
      votes: votes.map((r) => toRow('votes', r)),
      attendance: attendance.map((r) => toRow('attendance', r)),
      activities: activities.map((r) => toRow('activities', r)),
      targets: targets.map((r) => toRow('targets', r)),
    },
  };
}
