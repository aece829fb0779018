import { describe, expect, it } from 'vitest';
import { v1File } from '../testkit/v1File';
import { migrateExport } from './migrate';
import { EXPORT_SCHEMA_VERSION } from './schema';

describe('migrateExport', () => {
  it('upgrades a version-1 file: role → lane, flat order → position, ids and workshop filled in', () => {
    const r = migrateExport(v1File());
    if (!r.ok) throw new Error(r.error.en);
    const e = r.value;
    expect(e.schemaVersion).toBe(EXPORT_SCHEMA_VERSION);
    expect(e.notes.map((n) => [n.id, n.lane, n.position.order, n.workshopId])).toEqual([
      ['note-v1-01', 'community', 2, 'ws-2025-d01'],
      ['note-v1-02', 'city', 1, 'ws-2025-d01'],
    ]);
    expect(e.notes[0]?.goalCode).toBe('2');
    expect(e.notes[1]?.goalCode).toBeUndefined();
    expect(e.notes[1]?.updatedAt).toBe('2024-11-02T01:05:00.000Z');
    expect(e.votes.map((v) => [v.id, v.noteId])).toEqual([
      ['v1-vote-0001', 'note-v1-01'],
      ['v1-vote-0002', 'note-v1-02'],
    ]);
    expect(e.attendance[1]).toEqual({
      typeName: 'attendance',
      workshopId: 'ws-2025-d01',
      participantId: 'walkin-v1',
      viaTablet: false,
      count: 7,
    });
    expect(e).toMatchObject({ groups: [], phaseLog: [], includesNicknames: false });
    expect(e.participants).toBeUndefined();
  });

  it('is deterministic and idempotent: upgrading twice, or re-reading the result, gives the same file', () => {
    const a = migrateExport(v1File());
    const b = migrateExport(JSON.stringify(v1File()));
    expect(a).toEqual(b);
    if (!a.ok) throw new Error('expected ok');
    expect(migrateExport(JSON.parse(JSON.stringify(a.value)))).toEqual(a);
  });

  it('refuses a file from a newer app, saying to update, in both languages', () => {
    const r = migrateExport({ ...v1File(), schemaVersion: 3 });
    if (r.ok) throw new Error('expected refusal');
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.fields).toHaveLength(1);
    expect(r.error.fields[0]?.path).toBe('schemaVersion');
    expect(r.error.ja).toContain('新しい版のアプリで書き出されています（形式 3、このアプリは形式 2 まで）');
    expect(r.error.ja).toContain('ワークショップの書き出しファイルの入力内容に誤りがあります');
    expect(r.error.en).toContain('newer version of the app (format 3; this app reads up to 2)');
  });

  it('refuses files with no or an unknown version, and text that is not JSON', () => {
    const none = migrateExport({ notes: [] });
    const zero = migrateExport({ schemaVersion: '2' });
    const junk = migrateExport('日付,地区\n2025-04-01,D01');
    for (const r of [none, zero, junk]) expect(r.ok).toBe(false);
    if (none.ok || zero.ok || junk.ok) return;
    expect(none.error.fields[0]?.ja).toMatch(
      /^「形式のバージョン」: ワークショップの書き出しファイルとして読めません（形式のバージョン: —）/,
    );
    expect(zero.error.fields[0]?.en).toMatch(/format version: "2"/);
    expect(junk.error.fields[0]?.ja).toBe(
      '入力全体: JSON ファイルとして読めません。ファイルが壊れていないか確認してください',
    );
  });

  it('refuses a version-1 file with a bad note, naming the note and field', () => {
    const file = v1File();
    (file.notes as Record<string, unknown>[])[1] = {
      ...(file.notes as Record<string, unknown>[])[1],
      role: 'City',
    };
    const r = migrateExport(file);
    if (r.ok) throw new Error('expected refusal');
    expect(r.error.fields.map((f) => [f.path, f.ja])).toEqual([
      [
        'notes.1.role',
        '付箋 2 件目の「役割」: キーの形式が正しくありません（半角英小文字で始まり、英小文字・数字・_ のみ）',
      ],
    ]);
  });
});
