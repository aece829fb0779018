import { ActivitySchema, NoteSchema } from '@chiiki/model';
import * as v from 'valibot';
import type { Figure } from '../figures';
import { throughput } from '../measure';

const note = {
  typeName: 'note',
  id: 'note-0001',
  workshopId: 'ws-2025-d01',
  lane: 'citizen',
  goalCode: '1',
  text: '見守り声かけを毎朝の散歩で（犬の散歩のついでに）',
  authorId: 'p-0001',
  position: { order: 1.5, x: 120, y: -8 },
  createdAt: '2025-06-14T01:02:03.456Z',
  updatedAt: '2025-06-14T01:05:00.000Z',
};

const activity = {
  typeName: 'activity',
  date: '2025-06-14',
  districtCode: 'D01',
  kind: 'outreach_lecture',
  organiser: 'council',
  participants: 24,
  volunteers: 3,
  memo: '出前講座「地域の見守り」',
};

/**
 * How fast the model validates input: every HTTP body, command and imported CSV row passes
 * through these schemas, so they bound the server's command rate and the insights import speed.
 */
export function validationSuite(): Figure[] {
  const noteRate = throughput(() => {
    if (!v.safeParse(NoteSchema, note).success) throw new Error('bench note is invalid');
  });
  const activityRate = throughput(() => {
    if (!v.safeParse(ActivitySchema, activity).success) throw new Error('bench activity is invalid');
  });
  return [
    {
      name: 'model: validate Note',
      value: noteRate,
      unit: 'records/s',
      goal: '≥ 100,000',
      met: noteRate >= 100_000,
    },
    {
      name: 'model: validate Activity row',
      value: activityRate,
      unit: 'records/s',
      goal: '≥ 200,000',
      met: activityRate >= 200_000,
    },
  ];
}
