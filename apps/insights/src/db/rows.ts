import type { Table } from 'apache-arrow';
import type { Row } from './types';

/** Converts one Arrow cell to a plain JS value: BigInt → number, Date → ISO date, decimals → number. */
function plain(value: unknown): Row[string] {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'valueOf' in value) {
    const v = (value as { valueOf(): unknown }).valueOf();
    if (typeof v === 'number' || typeof v === 'bigint') return Number(v);
  }
  return String(value);
}

/** Turns an Arrow result into plain rows so React state and tests never see BigInt or Arrow proxies. */
export function tableToRows(table: Table): Row[] {
  const names = table.schema.fields.map((f) => f.name);
  const out: Row[] = [];
  for (const r of table.toArray() as Array<Record<string, unknown>>) {
    const row: Row = {};
    for (const n of names) row[n] = plain(r[n]);
    out.push(row);
  }
  return out;
}
