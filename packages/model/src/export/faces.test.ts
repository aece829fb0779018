import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TABLES, type TableName, type TableRecord } from '../duckdb/columns';
import { insertSql } from '../duckdb/ddl';
import { fromRow, type Row, rowParams } from '../duckdb/rows';
import { DEFAULT_PLAN } from '../plan/defaultPlan';
import { NoteSchema } from '../records/note';
import { openTestDb, type TestConnection } from '../testkit/duckdb';
import { ATTENDANCE, BARE_NOTE, GROUP, NOTE, VOTE, WORKSHOP } from '../testkit/fixtures';
import { putGroup } from '../yjs/groups';
import { getNote, putNote, setPhase, setPlan } from '../yjs/layout';
import { listPhaseLog } from '../yjs/phaseLog';
import { putVote } from '../yjs/votes';
import { docFromExport, exportFromDoc } from './fromDoc';
import { migrateExport } from './migrate';
import { type WorkshopExport, WorkshopExportSchema } from './schema';

let conn: TestConnection;
let close: () => void;
beforeAll(async () => {
  ({ conn, close } = await openTestDb());
});
afterAll(() => close());

const EXPORTED_AT = '2025-06-14T06:00:00.000Z';

function boardDoc(): Y.Doc {
  const doc = new Y.Doc();
  setPlan(doc, DEFAULT_PLAN);
  setPhase(doc, 'writing', '2025-06-14T01:00:00.000Z');
  putGroup(doc, GROUP);
  putNote(doc, NOTE);
  putNote(doc, BARE_NOTE);
  setPhase(doc, 'voting', '2025-06-14T01:50:00.000Z');
  putVote(doc, VOTE);
  return doc;
}

function load<T extends TableName>(table: T, records: readonly TableRecord<T>[]): TableRecord<T>[] {
  conn.query(`DELETE FROM "${table}"`);
  const statement = conn.prepare(insertSql(table));
  for (const r of records) statement.query(...rowParams(table, r));
  statement.close();
  const key = TABLES[table].columns[0].name;
  return conn
    .query(`SELECT * FROM "${table}" ORDER BY "${key}"`)
    .toArray()
    .map((row) => fromRow(table, row.toJSON() as Row));
}

describe('the five faces agree', () => {
  it('a note goes Yjs → export → DuckDB row → back with nothing lost', () => {
    const doc = boardDoc();
    expect(getNote(doc, WORKSHOP.id, NOTE.id)).toEqual(NOTE);
    const file = exportFromDoc(doc, {
      workshop: WORKSHOP,
      attendance: [ATTENDANCE],
      exportedAt: EXPORTED_AT,
    });
    expect(file.notes).toContainEqual(NOTE);
    expect(file.notes).toContainEqual(BARE_NOTE);

    const viaJson = migrateExport(JSON.stringify(file));
    if (!viaJson.ok) throw new Error(viaJson.error.en);
    expect(viaJson.value).toEqual(file);

    const notes = load('notes', viaJson.value.notes);
    expect(notes).toEqual([NOTE, BARE_NOTE].sort((a, b) => a.id.localeCompare(b.id)));
    for (const n of notes) expect(v.is(NoteSchema, n)).toBe(true);
    expect(load('groups', file.groups)).toEqual([GROUP]);
    expect(load('votes', file.votes)).toEqual([VOTE]);
    expect(load('attendance', file.attendance)).toEqual([ATTENDANCE]);
    expect(load('workshops', [file.workshop])).toEqual([WORKSHOP]);

    const rebuilt: WorkshopExport = {
      ...file,
      notes: notes.sort((a, b) => a.lane.localeCompare(b.lane) || a.position.order - b.position.order),
    };
    const doc2 = docFromExport(rebuilt);
    expect(
      exportFromDoc(doc2, { workshop: WORKSHOP, attendance: [ATTENDANCE], exportedAt: EXPORTED_AT }),
    ).toEqual(file);
  });

  it('the export carries groups, votes and the phase log from the doc', () => {
    const file = exportFromDoc(boardDoc(), { workshop: WORKSHOP, attendance: [], exportedAt: EXPORTED_AT });
    expect(file.groups).toEqual([GROUP]);
    expect(file.votes).toEqual([VOTE]);
    expect(file.phaseLog).toEqual([
      { phase: 'writing', at: '2025-06-14T01:00:00.000Z' },
      { phase: 'voting', at: '2025-06-14T01:50:00.000Z' },
    ]);
    expect(file.includesNicknames).toBe(false);
    expect('participants' in file).toBe(false);
  });

  it('setting the same phase again does not add a log entry', () => {
    const doc = boardDoc();
    setPhase(doc, 'voting', '2025-06-14T02:00:00.000Z');
    expect(listPhaseLog(doc)).toHaveLength(2);
  });

  it('leaves out votes on a deleted note instead of refusing the export', () => {
    const doc = boardDoc();
    putVote(doc, { ...VOTE, id: 'vote-0002' as typeof VOTE.id, noteId: 'note-deleted' as typeof NOTE.id });
    const file = exportFromDoc(doc, { workshop: WORKSHOP, attendance: [], exportedAt: EXPORTED_AT });
    expect(file.votes).toEqual([VOTE]);
  });

  it('includes nicknames only when given, and drops a dangling group id', () => {
    const doc = boardDoc();
    putNote(doc, { ...BARE_NOTE, groupId: 'grp-gone' as typeof GROUP.id });
    const file = exportFromDoc(doc, {
      workshop: WORKSHOP,
      attendance: [ATTENDANCE],
      participants: [{ participantId: ATTENDANCE.participantId, nickname: 'さくら' }],
    });
    expect(file.includesNicknames).toBe(true);
    expect(file.participants).toEqual([{ participantId: 'p-0001', nickname: 'さくら' }]);
    expect(file.notes.find((n) => n.id === BARE_NOTE.id)?.groupId).toBeUndefined();
  });
});

describe('the export refuses inconsistent files', () => {
  const good = () =>
    exportFromDoc(boardDoc(), { workshop: WORKSHOP, attendance: [ATTENDANCE], exportedAt: EXPORTED_AT });

  it('a vote on a note that is not in the file', () => {
    const file = { ...good(), votes: [{ ...VOTE, noteId: 'note-9999' }] };
    const r = migrateExport(file);
    if (r.ok) throw new Error('expected refusal');
    expect(r.error.fields).toEqual([
      {
        path: 'votes.0.noteId',
        ja: '投票 1 件目の「付箋ID」: 投票先の付箋（note-9999）がファイルにありません',
        en: 'votes #1 › note id: points to a note (note-9999) that is not in the file',
      },
    ]);
  });

  it('a note from another workshop, and nicknames without the flag', () => {
    const file = { ...good(), participants: [], notes: [{ ...NOTE, workshopId: 'ws-other' }, BARE_NOTE] };
    const r = migrateExport(file);
    if (r.ok) throw new Error('expected refusal');
    expect(r.error.fields.map((f) => f.ja)).toEqual([
      '付箋 1 件目の「ワークショップID」: ほかのワークショップの記録が混ざっています',
      '「参加者一覧」: 「ニックネームを含む」の設定と参加者一覧が食い違っています',
    ]);
  });

  it('exportFromDoc throws rather than writing an invalid file', () => {
    expect(() =>
      exportFromDoc(boardDoc(), {
        workshop: { ...WORKSHOP, planId: 'other-plan' as typeof WORKSHOP.planId },
        attendance: [],
      }),
    ).toThrow(/does not match the plan/);
    expect(v.safeParse(WorkshopExportSchema, good()).success).toBe(true);
  });
});
