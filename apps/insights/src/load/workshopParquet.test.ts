import { EXPORT_PARQUET_KEY, generateSample, type WorkshopExport } from '@chiiki/model';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
// The workshop server's own exporter, so the reader is tested against the bytes the server sends.
import { toParquet } from '../../../workshop/server/export/parquet';
import { readWorkshopExportFile } from './exportFile';
import { readWorkshopExport } from './workshopExport';

const sample = generateSample({ seed: 11, workshops: 1, notesPerWorkshop: 8, activityRows: 1 });
const e = sample.exports[0] as WorkshopExport;
const serverFile = () => new Uint8Array(toParquet(e));

/** Rewrites the server's file with its rows changed by `edit`, keeping the metadata as it was. */
async function edited(
  edit: (rows: Record<string, unknown>[]) => void,
  kvValue?: string,
): Promise<Uint8Array> {
  const file = serverFile().buffer as ArrayBuffer;
  const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
  edit(rows);
  const names = parquetMetadata(file).schema.slice(1);
  const columnData = names.map((c) => ({
    name: c.name,
    type:
      c.type === 'INT32'
        ? ('INT32' as const)
        : c.type === 'BOOLEAN'
          ? ('BOOLEAN' as const)
          : ('STRING' as const),
    data: rows.map((r) => (r[c.name] ?? null) as string | number | boolean | null),
  }));
  const kvMetadata = [{ key: EXPORT_PARQUET_KEY, value: kvValue ?? JSON.stringify(e) }];
  return new Uint8Array(parquetWriteBuffer({ columnData, kvMetadata }));
}

const refusal = async (name: string, bytes: Uint8Array) => {
  const r = await readWorkshopExportFile(name, bytes);
  if (r.ok) throw new Error(`${name} was loaded`);
  return r;
};

describe('Parquet workshop exports', () => {
  it('load the server’s file into exactly the tables the JSON export gives', async () => {
    expect(e.votes.length).toBeGreaterThan(0);
    expect(e.attendance.length).toBeGreaterThan(0);
    const parquet = await readWorkshopExportFile('ws.parquet', serverFile());
    const json = readWorkshopExport('ws.json', JSON.stringify(e));
    if (!parquet.ok || !json.ok) throw new Error('an export was refused');
    expect(parquet.source.tables).toEqual(json.source.tables);
    expect(parquet.source.id).toBe(json.source.id);
    expect(Object.keys(parquet.source.tables)).toEqual(
      expect.arrayContaining(['plans', 'workshops', 'notes', 'votes', 'attendance']),
    );
  });

  it('refuse bytes that are not Parquet, or a damaged file, naming the file', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect((await refusal('junk.parquet', garbage)).ja).toMatch(
      /^junk\.parquet: Parquet ファイルとして読めません/,
    );
    const cut = serverFile().subarray(0, 600);
    expect((await refusal('cut.parquet', cut)).en).toMatch(/^cut\.parquet: cannot be read as a Parquet file/);
  });

  it('refuse a notes table without the workshop record, saying what is missing', async () => {
    const plain = new Uint8Array(
      parquetWriteBuffer({ columnData: [{ name: 'note_id', type: 'STRING', data: ['n1'] }] }),
    );
    const r = await refusal('old.parquet', plain);
    expect(r.ja).toMatch(
      /^old\.parquet: ワークショップの記録（計画・投票・グループ・参加者数）が入っていない/,
    );
    expect(r.en).toContain('plan, votes, groups, attendance');
  });

  it('validate the carried export with the model, like a JSON file', async () => {
    const broken = { ...e, notes: e.notes.map((n, i) => (i === 2 ? { ...n, lane: 'NOT A LANE' } : n)) };
    const r = await refusal('bad.parquet', await edited(() => undefined, JSON.stringify(broken)));
    const json = readWorkshopExport('bad.parquet', JSON.stringify(broken));
    expect(r).toEqual(json);
    expect(r.ja).toMatch(/^bad\.parquet: /);
    expect((await refusal('j.parquet', await edited(() => undefined, '{oops'))).ja).toContain(
      'JSON として読めません',
    );
  });

  it('refuse a table edited after export, naming the row and column', async () => {
    const text = await edited((rows) => {
      (rows[3] as Record<string, unknown>).text = '書き換えた';
    });
    const r = await refusal('edited.parquet', text);
    expect(r.ja).toMatch(/^edited\.parquet: 4 行目、列「text」: /);
    expect(r.en).toMatch(/^edited\.parquet: row 4, column text: /);
    const fewer = await edited((rows) => {
      rows.pop();
    });
    expect((await refusal('fewer.parquet', fewer)).en).toContain(`has ${e.notes.length - 1} rows`);
  });
});
