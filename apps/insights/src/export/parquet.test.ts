import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { SUPPRESSION_KEY, toParquet } from './parquet';

const toBuffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('Parquet export', () => {
  it('reads back with hyparquet: numbers stay numbers, ＊ becomes null with a flag column', async () => {
    const bytes = await toParquet(
      {
        header: ['地区', '件数', '割合', '状況', '件数'],
        rows: [
          ['中央', 12, 0.5, '達成', 1],
          ['東', '＊', '＊', '=HYPERLINK("x")', null],
          ['髙田①㈱', 0, 1.25, null, 3],
        ],
      },
      5,
    );
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x41, 0x52, 0x31]); // "PAR1"
    const file = toBuffer(bytes);
    const rows = await parquetReadObjects({ file });
    expect(rows).toEqual([
      {
        地区: '中央',
        件数: 12,
        件数_suppressed: false,
        割合: 0.5,
        割合_suppressed: false,
        状況: '達成',
        '件数 (2)': 1,
      },
      {
        地区: '東',
        件数: null,
        件数_suppressed: true,
        割合: null,
        割合_suppressed: true,
        状況: '=HYPERLINK("x")',
        '件数 (2)': null,
      },
      {
        地区: '髙田①㈱',
        件数: 0,
        件数_suppressed: false,
        割合: 1.25,
        割合_suppressed: false,
        状況: null,
        '件数 (2)': 3,
      },
    ]);
    const meta = parquetMetadata(file);
    const note = meta.key_value_metadata?.find((kv) => kv.key === SUPPRESSION_KEY)?.value;
    expect(note).toContain('below 5');
    const types = Object.fromEntries(meta.schema.slice(1).map((s) => [s.name, s.type]));
    expect(types).toMatchObject({
      地区: 'BYTE_ARRAY',
      件数: 'INT32',
      割合: 'DOUBLE',
      件数_suppressed: 'BOOLEAN',
    });
  });

  it('writes an empty table with its columns', async () => {
    const file = toBuffer(await toParquet({ header: ['地区', '件数'], rows: [] }));
    expect(await parquetReadObjects({ file })).toEqual([]);
    expect(parquetMetadata(file).schema.map((s) => s.name)).toEqual(['root', '地区', '件数']);
  });
});
