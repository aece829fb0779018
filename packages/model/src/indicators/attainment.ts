/** How an indicator stands against its target in a fiscal year. */
export type AttainmentStatus = 'achieved' | 'on_track' | 'behind' | 'no_target';

/** Japanese and English labels of the statuses, as a committee report prints them. */
export const ATTAINMENT_LABELS: Record<AttainmentStatus, { ja: string; en: string }> = {
  achieved: { ja: '達成', en: 'Achieved' },
  on_track: { ja: '概ね順調', en: 'On track' },
  behind: { ja: '遅れ', en: 'Behind' },
  no_target: { ja: '目標なし', en: 'No target' },
};

/**
 * Attainment (actual ÷ target) and its status. "On track" compares against the share of the
 * fiscal year that has passed (elapsed, 0–1), so a half-year report isn't marked behind for
 * being half-way; a lower-is-better indicator inverts the ratio.
 */
export function attainment(
  actual: number | null,
  target: number | null,
  higherIsBetter: boolean,
  elapsed = 1,
): { ratio: number | null; status: AttainmentStatus } {
  if (target === null || actual === null || !Number.isFinite(target))
    return { ratio: null, status: 'no_target' };
  if (target === 0) return { ratio: null, status: higherIsBetter || actual > 0 ? 'behind' : 'achieved' };
  const ratio = higherIsBetter ? actual / target : actual === 0 ? Number.POSITIVE_INFINITY : target / actual;
  if (ratio >= 1) return { ratio, status: 'achieved' };
  const bar = Math.max(0.1, Math.min(1, elapsed) * 0.9);
  return { ratio, status: ratio >= bar ? 'on_track' : 'behind' };
}
