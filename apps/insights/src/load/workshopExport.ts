import { migrateExport, planToRows, toRow, type WorkshopExport } from '@chiiki/model';
import type { Source } from '../store/source';

/** A loaded export, or the reason it was refused, in both languages and naming the file. */
export type ExportResult = { ok: true; source: Source } | { ok: false; ja: string; en: string };

/**
 * Turns one workshop export (any known version: the model migrates and validates it) into the
 * table rows of a source. Nicknames are never loaded: the analysis needs none.
 */
export function exportToSource(name: string, e: WorkshopExport): Source {
  return {
    id: `export:${e.workshop.id}`,
    kind: 'workshop_export',
    name,
    loadedAt: new Date().toISOString(),
    detail: `${e.workshop.theme} (${e.workshop.date})`,
    tables: {
      ...planToRows(e.plan),
      workshops: [toRow('workshops', e.workshop)],
      notes: e.notes.map((r) => toRow('notes', r)),
      groups: e.groups.map((r) => toRow('groups', r)),
      votes: e.votes.map((r) => toRow('votes', r)),
      attendance: e.attendance.map((r) => toRow('attendance', r)),
    },
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
  const r = migrateExport(json);
  if (!r.ok) return { ok: false, ja: `${name}: ${r.error.ja}`, en: `${name}: ${r.error.en}` };
  return { ok: true, source: exportToSource(name, r.value) };
}
