import { describe, expect, it } from 'vitest';
import { excelCell, toExcelCsv } from './csv';

describe('Excel-safe CSV', () => {
  it('neutralises formula injection', () => {
    expect(excelCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(excelCell('+81')).toBe(`"'+81"`);
    expect(excelCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(excelCell('\tx')).toBe(`"'\tx"`);
    expect(excelCell('-cmd')).toBe(`"'-cmd"`);
    expect(excelCell('-12')).toBe('-12');
    expect(excelCell(-3)).toBe('-3');
  });
  it('has a BOM, CRLF and quotes commas and newlines', () => {
    expect(
      toExcelCsv({
        header: ['地区', '件数'],
        rows: [
          ['中央, 東', 3],
          ['＊', null],
        ],
      }),
    ).toBe('\uFEFF地区,件数\r\n"中央, 東",3\r\n＊,\r\n');
  });
});
