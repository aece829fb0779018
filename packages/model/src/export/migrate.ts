import * as v from 'valibot';
import { explainIssues, type ParseResult } from '../validation/explain';
import { customIssue, pathOf } from './issues';
import { EXPORT_SCHEMA_VERSION, type WorkshopExport, WorkshopExportSchema } from './schema';
import { upgradeV1, WorkshopExportV1Schema } from './v1';

const SUBJECT = { ja: 'ワークショップの書き出しファイル', en: 'workshop export file' };
const LABELS = { participants: { ja: '参加者一覧', en: 'participants list' } };

const refuse = (issue: v.BaseIssue<unknown>): ParseResult<WorkshopExport> => ({
  ok: false,
  error: explainIssues([issue], { subject: SUBJECT, labels: LABELS }),
});

/**
 * Reads an export file of any known version (parsed JSON or its text) and returns it in the
 * current format, validated. Files from a newer app and files that are not exports are refused
 * with a planner-readable reason instead of being half-read.
 */
export function migrateExport(input: unknown): ParseResult<WorkshopExport> {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      return refuse(customIssue('not_json', 'JSON'));
    }
  }
  const version =
    typeof json === 'object' && json !== null ? (json as Record<string, unknown>).schemaVersion : undefined;
  const at = typeof json === 'object' && json !== null ? pathOf(json, 'schemaVersion') : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_SCHEMA_VERSION) {
    return refuse(customIssue('future_version', version, at, String(EXPORT_SCHEMA_VERSION)));
  }
  let current: unknown = json;
  if (version === 1) {
    const old = v.safeParse(WorkshopExportV1Schema, json);
    if (!old.success)
      return { ok: false, error: explainIssues(old.issues, { subject: SUBJECT, labels: LABELS }) };
    current = upgradeV1(old.output);
  } else if (version !== EXPORT_SCHEMA_VERSION) {
    return refuse(customIssue('unknown_version', version === undefined ? '—' : JSON.stringify(version), at));
  }
  const parsed = v.safeParse(WorkshopExportSchema, current);
  if (!parsed.success)
    return { ok: false, error: explainIssues(parsed.issues, { subject: SUBJECT, labels: LABELS }) };
  return { ok: true, value: parsed.output };
}
