import { DEFAULT_PLAN } from '../plan/defaultPlan';
import { WORKSHOP } from './fixtures';

/** A version-1 export as the first pilot wrote it (see export/v1.ts), for migration tests. */
export function v1File(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    exportedAt: '2024-11-02T08:00:00.000Z',
    plan: DEFAULT_PLAN,
    workshop: WORKSHOP,
    notes: [
      {
        id: 'note-v1-01',
        role: 'community',
        goalCode: '2',
        text: '自治会で防災訓練と見守りを一緒に',
        authorId: 'p-v1-01',
        order: 2,
        createdAt: '2024-11-02T01:00:00.000Z',
        updatedAt: '2024-11-02T01:03:00.000Z',
      },
      {
        id: 'note-v1-02',
        role: 'city',
        text: '相談窓口をひとつに',
        authorId: 'p-v1-02',
        order: 1,
        createdAt: '2024-11-02T01:05:00.000Z',
      },
    ],
    votes: [
      { noteId: 'note-v1-01', participantId: 'p-v1-02', createdAt: '2024-11-02T02:00:00.000Z' },
      { noteId: 'note-v1-02', participantId: 'p-v1-01', createdAt: '2024-11-02T02:01:00.000Z' },
    ],
    attendance: [
      { participantId: 'p-v1-01', viaTablet: true, count: 1, ageBand: '60s', affiliation: 'jichikai' },
      { participantId: 'walkin-v1', viaTablet: false, count: 7 },
    ],
  };
}
