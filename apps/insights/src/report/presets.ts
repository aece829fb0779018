import { type Filters, NO_FILTERS } from '../indicators/filters';

/** The bodies that evaluate the plan, each with the filters its report starts from. */
const REPORT_PRESETS = {
  /** 健康福祉推進委員会: manages the whole plan, so it sees everything. */
  committee: NO_FILTERS,
  /** 社協's 地域福祉活動計画策定推進会議: the council's own work (its lane and the activities it organised). */
  council: { ...NO_FILTERS, lane: 'council', organiser: 'council' },
} as const satisfies Record<string, Filters>;

/** A report preset. */
export type ReportPreset = keyof typeof REPORT_PRESETS;

/** Applies a preset but keeps the chosen fiscal year, so switching body doesn't lose the period. */
export function applyPreset(preset: ReportPreset, current: Filters): Filters {
  return { ...REPORT_PRESETS[preset], fiscalYear: current.fiscalYear };
}

/**
 * The fiscal year a committee evaluates by default: the latest one that has ended (the Check of
 * PDCA looks back on a whole year), or the latest with data when none has ended yet.
 */
export function defaultReportYear(years: readonly number[], now = new Date()): number | null {
  const ended = years.filter((fy) => Date.UTC(fy + 1, 3, 1) <= now.getTime());
  if (ended.length > 0) return Math.max(...ended);
  return years.length > 0 ? Math.max(...years) : null;
}
