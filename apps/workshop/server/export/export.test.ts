import { EXPORT_PARQUET_KEY, migrateExport, notesMap } from '@chiiki/model';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startBoard, type TestBoard } from '../testing/board';

// Note text is trimmed by the model, so a leading tab or CR cannot reach a note; csv.test.ts covers them.
const FORMULAS = ['=1+1', '+81 90', '-3', '@SUM(A1)', '=HYPERLINK("http://x","押して")'];

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) the way Excel reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const next = text[i + 1];
    if (quoted && ch === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += ch;
    } else if (ch === ',') {
      endCell();
    } else if (ch === '\r' && next === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

async function download(b: TestBoard, query: string, token = b.facilitator) {
  return fetch(`${b.t.server.url}/api/workshops/${b.id}/export${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
}

/** A whole small workshop: notes (some formula-like), a group, votes, a removal, a head count. */
async function runWorkshop(includeNicknames: boolean) {
  const b = await startBoard(3);
  const [p1, p2, p3] = b.participants.map((p) => p.participantToken) as [string, string, string];
  await b.phase('writing');
  const notes = [
    await b.note(p1, '高齢者の見守り'),
    await b.note(p2, '子ども食堂, "みんなの"\n居場所', 'council'),
  ];
  for (const text of FORMULAS) notes.push(await b.note(p3, text, 'community'));
  await b.phase('sharing');
  const bad = await b.note(p3, '消される付箋');
  await b.phase('grouping');
  await b.cmd(b.facilitator, {
    type: 'putGroup',
    groupId: 'grp-a',
    lane: 'citizen',
    name: 'つながり',
    goalCode: '1',
  });
  await b.cmd(b.facilitator, { type: 'groupNotes', groupId: 'grp-a', noteIds: [notes[0]] });
  await b.cmd(b.facilitator, { type: 'removeNote', noteId: bad, reason: '重複' });
  await b.cmd(b.facilitator, { type: 'setVoting', perParticipant: 2, perNote: 1, hidden: true });
  await b.cmd(b.facilitator, { type: 'addHeadCount', count: 5, affiliation: 'jichikai' });
  if (includeNicknames) await b.cmd(b.facilitator, { type: 'setSettings', includeNicknames: true });
  await b.phase('voting');
  for (const [i, token] of [p1, p2, p3].entries()) {
    await b.cmd(token, { type: 'vote', voteId: `vote-${i}`, noteId: notes[0] });
  }
  await b.cmd(p1, { type: 'vote', voteId: 'vote-x', noteId: notes[1] });
  await b.phase('wrapup');
  expect((await b.t.api('POST', `/api/workshops/${b.id}/close`, {}, b.facilitator)).status).toBe(200);
  return { b, notes, bad };
}

describe('exports', () => {
  it('JSON parses back through the model with nothing lost, after close, nicknames left out', async () => {
    const { b, notes, bad } = await runWorkshop(false);
    const res = await download(b, '?format=json');
    expect(res.status).toBe(200);
    const parsed = migrateExport(await res.text());
    if (!parsed.ok) throw new Error(parsed.error.en);
    const data = parsed.value;
    expect(data.notes.map((n) => n.id).sort()).toEqual([...notes].sort());
    expect(data.notes.map((n) => n.text)).toEqual(expect.arrayContaining(FORMULAS));
    expect(data.votes).toHaveLength(4);
    expect(data.groups).toMatchObject([{ id: 'grp-a', name: 'つながり', goalCode: '1' }]);
    expect(data.attendance.reduce((n, a) => n + a.count, 0)).toBe(8);
    expect(data.audit?.map((e) => e.note.id)).toEqual([bad]);
    expect(data.phaseLog.map((e) => e.phase)).toEqual([
      'preparation',
      'writing',
      'sharing',
      'grouping',
      'voting',
      'wrapup',
      'closed',
    ]);
    expect(data.workshop).toMatchObject({ status: 'closed', phase: 'closed' });
    expect(data.includesNicknames).toBe(false);
    expect(JSON.stringify(data)).not.toContain('参加者1');
  });

  it('includes nicknames only when the facilitator chose to', async () => {
    const { b } = await runWorkshop(true);
    const parsed = migrateExport(await (await download(b, '')).text());
    if (!parsed.ok) throw new Error(parsed.error.en);
    expect(parsed.value.participants?.map((p) => p.nickname).sort()).toEqual([
      '参加者1',
      '参加者2',
      '参加者3',
    ]);
    const csv = parseCsv((await (await download(b, '?format=csv')).text()).replace(/^\uFEFF/, ''));
    expect(csv[0]).toContain('nickname');
  });

  it('CSV: BOM, English or Japanese headers, every note, no live formulas', async () => {
    const { b, notes } = await runWorkshop(false);
    const res = await download(b, '?format=csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    const [head, ...body] = rows as [string[], ...string[][]];
    expect(head).toEqual([
      'workshop_id',
      'date',
      'district_code',
      'theme',
      'note_id',
      'lane',
      'lane_label',
      'goal_code',
      'group_id',
      'group_name',
      'text',
      'author_id',
      'on_behalf',
      'votes',
      'created_at',
      'updated_at',
    ]);
    expect(body.map((r) => r[4]).sort()).toEqual([...notes].sort());
    for (const row of body) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const texts = body.map((r) => r[10]);
    for (const formula of FORMULAS) expect(texts).toContain(`'${formula}`);
    expect(texts).toContain('子ども食堂, "みんなの"\n居場所');
    expect(body.find((r) => r[4] === notes[0])?.[13]).toBe('3');
    const ja = parseCsv((await (await download(b, '?format=csv&headers=ja')).text()).replace(/^\uFEFF/, ''));
    expect(ja[0]?.slice(0, 5)).toEqual(['ワークショップID', '開催日', '地区コード', 'テーマ', '付箋ID']);
  });

  it('Parquet: one row per note, readable by a Parquet reader, with the whole export in its metadata', async () => {
    const { b, notes } = await runWorkshop(false);
    const res = await download(b, '?format=parquet');
    expect(res.status).toBe(200);
    const file = await res.arrayBuffer();
    const rows = (await parquetReadObjects({ file })) as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.note_id).sort()).toEqual([...notes].sort());
    expect(rows.find((r) => r.note_id === notes[0])).toMatchObject({
      votes: 3,
      group_name: 'つながり',
      on_behalf: false,
    });
    // The file stands alone: the whole JSON export rides in its metadata, equal to format=json.
    const kv = parquetMetadata(file).key_value_metadata?.find((e) => e.key === EXPORT_PARQUET_KEY);
    const embedded = migrateExport(kv?.value ?? '');
    const json = migrateExport(await (await download(b, '?format=json')).text());
    if (!embedded.ok || !json.ok) throw new Error('an export did not validate');
    expect({ ...embedded.value, exportedAt: '' }).toEqual({ ...json.value, exportedAt: '' });
    expect(embedded.value.votes).toHaveLength(4);
  });

  it('refuses a participant’s token, open or closed, and an unknown format', async () => {
    const b = await startBoard(1);
    const p = b.participants[0]?.participantToken as string;
    expect((await download(b, '?format=json', p)).status).toBe(403);
    expect((await download(b, '?format=csv', p)).status).toBe(403);
    expect((await download(b, '?format=xlsx')).status).toBe(400);
    await b.t.api('POST', `/api/workshops/${b.id}/close`, {}, b.facilitator);
    expect((await download(b, '?format=json', p)).status).toBe(403);
    expect((await download(b, '?format=json')).status).toBe(200);
  });
});

describe('a malformed entry in the stored doc', () => {
  it('is left out of the summary and every export format instead of failing them', async () => {
    const b = await startBoard(1);
    const p1 = (b.participants[0] as { participantToken: string }).participantToken;
    await b.phase('sharing');
    const kept = await b.note(p1, '残したい意見');
    // Written past the sync guard, as an older server could have stored it: 20,000 nested maps.
    const room = await b.t.server.context.rooms.get(b.id);
    await room.applyServer((doc) => {
      let map = notesMap(doc) as Y.Map<unknown>;
      for (let i = 0; i < 20_000; i++) {
        const next = new Y.Map<unknown>();
        map.set('deep', next);
        map = next;
      }
      (notesMap(doc) as Y.Map<unknown>).set('note-not-a-map', 42);
    });
    const summary = await b.t.api('GET', `/api/workshops/${b.id}`, undefined, b.facilitator);
    expect(summary.status).toBe(200);
    for (const format of ['json', 'csv', 'parquet']) {
      const res = await download(b, `?format=${format}`);
      expect(res.status, format).toBe(200);
    }
    const json = migrateExport(await (await download(b, '?format=json')).text());
    if (!json.ok) throw new Error(json.error.en);
    expect(json.value.notes.map((n) => n.id)).toEqual([kept]);
    await b.note(p1, 'まだ書ける'); // commands that scan the notes skip it as well
  });
});
