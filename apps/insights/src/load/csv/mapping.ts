/** A column the app needs from a CSV, with the headers planners use for it. */
export interface FieldSpec {
  key: string;
  ja: string;
  en: string;
  required: boolean;
  aliases: readonly string[];
}

/** Which CSV column (by index) feeds each field; null when the file has no such column. */
export type ColumnMapping = Record<string, number | null>;

function norm(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/[\s_()（）]/g, '')
    .toLowerCase();
}

/**
 * Maps headers to fields by name (日付, 地区, 種別, 主催, 参加者数… or the model's English keys),
 * tolerant of full-width letters and spaces, so a planner's usual file needs no mapping step.
 */
export function autoMap(header: readonly string[], fields: readonly FieldSpec[]): ColumnMapping {
  const normalised = header.map(norm);
  const out: ColumnMapping = {};
  for (const f of fields) {
    const names = [f.key, f.ja, f.en, ...f.aliases].map(norm);
    const idx = normalised.findIndex((h) => names.includes(h));
    out[f.key] = idx >= 0 ? idx : null;
  }
  return out;
}

/** The required fields the mapping still lacks; the mapping step is shown while this is non-empty. */
export function missingFields(mapping: ColumnMapping, fields: readonly FieldSpec[]): FieldSpec[] {
  return fields.filter((f) => f.required && (mapping[f.key] === null || mapping[f.key] === undefined));
}

function storageKey(kind: string, header: readonly string[]): string {
  return `insights.mapping.${kind}.${header.map(norm).join('|')}`;
}

/** Remembers a planner's mapping for files with the same headers, so next year's file maps itself. */
export function rememberMapping(kind: string, header: readonly string[], mapping: ColumnMapping): void {
  try {
    localStorage.setItem(storageKey(kind, header), JSON.stringify(mapping));
  } catch {
    /* storage full or disabled: the mapping still applies to this load */
  }
}

/** A remembered mapping for these headers, or the automatic one. */
export function recallMapping(
  kind: string,
  header: readonly string[],
  fields: readonly FieldSpec[],
): ColumnMapping {
  const auto = autoMap(header, fields);
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey(kind, header));
    if (!raw) return auto;
    const saved = JSON.parse(raw) as ColumnMapping;
    for (const f of fields) {
      const v = saved[f.key];
      if (v === null || (typeof v === 'number' && v >= 0 && v < header.length)) auto[f.key] = v;
    }
  } catch {
    /* a corrupt entry is ignored */
  }
  return auto;
}
