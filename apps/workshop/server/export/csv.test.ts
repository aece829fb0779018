import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('keeps every formula-starting value as text and quotes what needs quoting', () => {
    expect(['=1', '+1', '-1', '@A', '\tx', '\rx'].map(csvCell)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@A",
      "'\tx",
      `"'\rx"`,
    ]);
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('writes a BOM, CRLF lines and the chosen headers', () => {
    const table = { columns: [{ key: 'text', ja: '内容', kind: 'string' as const }], rows: [['=x']] };
    expect(toCsv(table, 'ja').toString('utf8')).toBe("\uFEFF内容\r\n'=x\r\n");
  });
});
