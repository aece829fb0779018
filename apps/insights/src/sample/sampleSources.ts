import { exportRows, generateSample, planToRows, toRow } from '@chiiki/model';
import type { Source } from '../store/source';

/** The seed of the sample everyone sees, so screenshots, tests and the README agree. */
const SAMPLE_SEED = 2025;

/**
 * The sample data as sources, generated in the browser from the model's deterministic generator
 * (workshops with notes and votes, activities, targets over three fiscal years), so the README's
 * start command gives a planner something to see with no files.
 */
export function sampleSources(seed = SAMPLE_SEED): Source[] {
  const s = generateSample({ seed, workshops: 16, notesPerWorkshop: 24, activityRows: 1500, fiscalYears: 3 });
  const loadedAt = new Date().toISOString();
  // Every export repeats the plan; the sample's plan is inserted once and the rest is appended.
  const merged: Source['tables'] = { ...planToRows(s.plan) };
  for (const e of s.exports) {
    for (const [name, rows] of Object.entries(exportRows(e))) {
      if (name === 'plans' || name === 'lanes' || name === 'goals' || name === 'districts') continue;
      if (rows.length > 0) merged[name] = [...(merged[name] ?? []), ...rows];
    }
  }
  return [
    {
      id: 'sample:workshops',
      kind: 'sample',
      name: `サンプル: ワークショップ ${s.exports.length} 回`,
      loadedAt,
      tables: merged,
    },
    {
      id: 'sample:activities',
      kind: 'sample',
      name: 'サンプル: 活動記録',
      loadedAt,
      tables: { activities: s.activities.map((a) => toRow('activities', a)) },
    },
    {
      id: 'sample:targets',
      kind: 'sample',
      name: 'サンプル: 目標値',
      loadedAt,
      tables: { targets: s.targets.map((t) => toRow('targets', t)) },
    },
  ];
}
