import type { Param } from '../db/types';

/** What kind of file a source was, for the sources list and for replacing a reloaded file. */
export type SourceKind = 'workshop_export' | 'activities' | 'targets' | 'populations' | 'plan' | 'sample';

/**
 * One loaded file, kept as the table rows it produced so it can be replayed into a fresh DuckDB
 * after a reload (IndexedDB holds it; nothing leaves the browser).
 */
export interface Source {
  id: string;
  kind: SourceKind;
  name: string;
  loadedAt: string;
  /** e.g. "Shift_JIS", "UTF-8 (BOM)": shown in the report's data sources. */
  detail?: string;
  tables: Record<string, Record<string, Param>[]>;
}

/** Row count of a source, for the sources list. */
export function sourceRowCount(s: Source): number {
  return Object.values(s.tables).reduce((n, rows) => n + rows.length, 0);
}
