import { exportRows, migrateExport, type WorkshopExport } from '@chiiki/model';
import type { Source } from '../store/source';

/** A loaded export, or the reason it was refused, in both languages and naming the file. */
export type ExportResult = { ok: true; source: Source } | { ok: false; ja: string; en: string };

/**
 * Wraps a validated export as a source. The rows are the model's `exportRows`, the same ones its
 * own DuckDB tests insert, so the app cannot drift from the schema or start loading nicknames;
 * empty tables are left out so the copy kept in IndexedDB holds only what the file brought.
 */
function exportToSource(name: string, e: WorkshopExport): Source {
  return {
    id: `export:${e.workshop.id}`,
    kind: 'workshop_export',
    name,
    loadedAt: new Date().toISOString(),
    detail: `${e.workshop.theme} (${e.workshop.date})`,
    tables: Object.fromEntries(Object.entries(exportRows(e)).filter(([, rows]) => rows.length > 0)),
  };
}

/** Reads an export's JSON text; refuses non-JSON and invalid exports with the file's name. */
export function readWorkshopExport(name: string, text: string): ExportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      ja: `${name}: JSON として読めません。ワークショップのエクスポートファイルを選んでください。`,
      en: `${name}: not valid JSON. Choose a workshop export file.`,
    };
  }
  return checkedExport(name, json).result;
}

/**
 * Validates parsed export JSON with the model (any known version) and wraps it as a source; the
 * Parquet reader uses it too, so both formats are checked by the same rules and give the same tables.
 */
export function checkedExport(name: string, json: unknown): { result: ExportResult; value?: WorkshopExport } {
  const r = migrateExport(json);
  if (!r.ok) return { result: { ok: false, ja: `${name}: ${r.error.ja}`, en: `${name}: ${r.error.en}` } };
  return { result: { ok: true, source: exportToSource(name, r.value) }, value: r.value };
}
