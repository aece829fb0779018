import type { Activity } from '../records/activity';
import type { Attendance } from '../records/attendance';
import type { GroupId, NoteId, ParticipantId, PlanId, VoteId, WorkshopId } from '../records/ids';
import type { Group, Note } from '../records/note';
import type { Target } from '../records/target';
import type { Vote } from '../records/vote';
import type { Workshop } from '../records/workshop';

/** Test records with every optional field set, so a lost field shows up in round trips. */
export const WORKSHOP: Workshop = {
  typeName: 'workshop',
  id: 'ws-2025-d01' as WorkshopId,
  planId: 'sample-plan' as PlanId,
  districtCode: 'D01',
  theme: '誰もが安心して暮らせる中央地区',
  date: '2025-06-14',
  status: 'closed',
  phase: 'closed',
  facilitator: '社協 地域福祉係',
};

/** A note with a group, a goal, a free position and a facilitator-written flag. */
export const NOTE: Note = {
  typeName: 'note',
  id: 'note-0001' as NoteId,
  workshopId: WORKSHOP.id,
  lane: 'citizen',
  goalCode: '1',
  text: '見守り声かけを毎朝の散歩で\n（犬の散歩のついでに）',
  authorId: 'p-0001' as ParticipantId,
  onBehalf: true,
  groupId: 'grp-0001' as GroupId,
  position: { order: 1.5, x: 120.25, y: -8 },
  createdAt: '2025-06-14T01:02:03.456Z',
  updatedAt: '2025-06-14T01:05:00.000Z',
};

/** A note with no optional fields. */
export const BARE_NOTE: Note = {
  typeName: 'note',
  id: 'note-0002' as NoteId,
  workshopId: WORKSHOP.id,
  lane: 'council',
  text: 'サロンの送迎ボランティアを募る',
  authorId: 'p-0002' as ParticipantId,
  position: { order: 0 },
  createdAt: '2025-06-14T01:10:00.000Z',
  updatedAt: '2025-06-14T01:10:00.000Z',
};

/** A group holding NOTE. */
export const GROUP: Group = {
  typeName: 'group',
  id: 'grp-0001' as GroupId,
  workshopId: WORKSHOP.id,
  lane: 'citizen',
  name: '日々の見守り',
  goalCode: '1',
};

/** A vote on NOTE. */
export const VOTE: Vote = {
  typeName: 'vote',
  id: 'vote-0001' as VoteId,
  workshopId: WORKSHOP.id,
  noteId: NOTE.id,
  participantId: 'p-0002' as ParticipantId,
  createdAt: '2025-06-14T02:00:00.000Z',
};

/** A tablet participant with all answers. */
export const ATTENDANCE: Attendance = {
  typeName: 'attendance',
  workshopId: WORKSHOP.id,
  participantId: 'p-0001' as ParticipantId,
  viaTablet: true,
  count: 1,
  ageBand: '70s',
  affiliation: 'roujin_club',
  districtCode: 'D01',
};

/** An activity with a memo. */
export const ACTIVITY: Activity = {
  typeName: 'activity',
  date: '2026-03-31',
  districtCode: 'D03',
  kind: 'outreach_lecture',
  organiser: 'council',
  participants: 23,
  volunteers: 4,
  memo: '認知症サポーター養成講座, "出前"',
};

/** A city-wide target. */
export const TARGET: Target = {
  typeName: 'target',
  indicatorId: 'workshops_held',
  districtCode: '*',
  fiscalYear: 2026,
  value: 12.5,
};
