import { describe, expect, it } from 'vitest';
import { JOIN_ALPHABET } from '../auth/joinCode';
import { startTestServer, TEST_ADMIN } from '../testing/harness';

const note = (over: Record<string, unknown> = {}) => ({
  type: 'addNote',
  commandId: `c${Math.random().toString(36).slice(2, 12)}`,
  noteId: `n${Math.random().toString(36).slice(2, 12)}`,
  lane: 'citizen',
  text: '声かけをする',
  ...over,
});

describe('HTTP API', () => {
  it('creates a workshop with a look-alike-free join code and lets a participant join', async () => {
    const t = await startTestServer();
    const created = await t.api(
      'POST',
      '/api/workshops',
      { districtCode: 'D02', theme: '見守り' },
      TEST_ADMIN,
    );
    expect(created.status).toBe(201);
    expect(created.body.joinCode).toMatch(new RegExp(`^[${JOIN_ALPHABET}]{6}$`));
    expect(created.body.joinUrl).toBe(`${t.server.url}/join/${created.body.joinCode}`);
    const typed = created.body.joinCode.toLowerCase().replace(/^(...)/, '$1-');
    const joined = await t.api('POST', '/api/join', { joinCode: typed, nickname: 'たろう' });
    expect(joined.status).toBe(200);
    expect(joined.body.workshopId).toBe(created.body.workshop.id);
    const shown = await t.api(
      'GET',
      `/api/workshops/${joined.body.workshopId}`,
      undefined,
      joined.body.participantToken,
    );
    expect(shown.status).toBe(200);
    expect(shown.body.joinCode).toBeUndefined();
    expect(shown.body.participants).toBe(1);
  });

  it('refuses creation without the admin token, and bodies that fail the schema, in both languages', async () => {
    const t = await startTestServer();
    expect((await t.api('POST', '/api/workshops', { districtCode: 'D01', theme: 'x' })).status).toBe(401);
    const bad = await t.api('POST', '/api/workshops', { districtCode: 'D01', theme: '' }, TEST_ADMIN);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_input');
    expect(bad.body.error.ja).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect(bad.body.error.fields[0].path).toBe('theme');
    const district = await t.api('POST', '/api/workshops', { districtCode: 'ZZ9', theme: 'x' }, TEST_ADMIN);
    expect(district.body.error.code).toBe('unknown_district');
    const res = await fetch(`${t.server.url}/api/workshops`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_ADMIN}`, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(res.status).toBe(415);
    const big = await t.api('POST', '/api/join', JSON.stringify({ joinCode: 'x'.repeat(70_000) }));
    expect(big.status).toBe(413);
    expect((await t.api('POST', '/api/join', '{not json')).body.error.code).toBe('invalid_json');
  });

  it('lists every workshop for the admin, its own for a facilitator, none for a participant', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const other = await t.createWorkshop();
    const ids = (body: { workshops: { workshop: { id: string } }[] }) =>
      body.workshops.map((e) => e.workshop.id);
    const all = await t.api('GET', '/api/workshops', undefined, TEST_ADMIN);
    expect(ids(all.body).sort()).toEqual([w.id, other.id].sort());
    expect(all.body.next).toBeNull();
    const own = await t.api('GET', '/api/workshops', undefined, w.facilitatorToken);
    expect(own.status).toBe(200);
    expect(ids(own.body)).toEqual([w.id]);
    expect(JSON.stringify(own.body)).not.toContain(other.joinCode);
    const joined = await t.api('POST', '/api/join', { joinCode: w.joinCode });
    const participant = await t.api('GET', '/api/workshops', undefined, joined.body.participantToken);
    expect(participant.status).toBe(403);
    expect((await t.api('GET', '/api/workshops')).status).toBe(401);
    expect((await t.api('POST', `/api/workshops/${w.id}/close`, undefined, w.facilitatorToken)).status).toBe(
      200,
    );
    const closed = await t.api('GET', '/api/workshops', undefined, w.facilitatorToken);
    expect(ids(closed.body)).toEqual([w.id]);
    expect(closed.body.workshops[0].workshop.status).toBe('closed');
  });

  it('pages the list newest first by ?limit and ?after, refusing a bad page with the field named', async () => {
    const t = await startTestServer();
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await t.createWorkshop()).id);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const query: string = after === null ? '?limit=2' : `?limit=2&after=${after}`;
      const page = await t.api('GET', `/api/workshops${query}`, undefined, TEST_ADMIN);
      expect(page.body.workshops.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.workshops.map((e: { workshop: { id: string } }) => e.workshop.id));
      after = page.body.next;
      pages++;
    } while (after !== null && pages < 10);
    expect(pages).toBe(3);
    const whole = await t.api('GET', '/api/workshops', undefined, TEST_ADMIN);
    expect(seen).toEqual(whole.body.workshops.map((e: { workshop: { id: string } }) => e.workshop.id));
    expect(new Set(seen)).toEqual(new Set(made));
    for (const query of ['?limit=0', '?limit=501', '?limit=two', '?after=no-such-workshop', '?after=%00']) {
      const bad = await t.api('GET', `/api/workshops${query}`, undefined, TEST_ADMIN);
      expect(bad.status, query).toBe(400);
      expect(bad.body.error.code).toBe('invalid_input');
      expect(bad.body.error.fields[0].path).toBe(query.includes('limit') ? 'limit' : 'after');
      expect(bad.body.error.fields[0].ja).toMatch(/件数|起点/);
    }
  });

  it('serves the plan publicly and unknown API paths as a JSON 404', async () => {
    const t = await startTestServer();
    const plan = await t.api('GET', '/api/plan');
    expect(plan.body.plan.lanes.map((l: { key: string }) => l.key)).toEqual([
      'citizen',
      'community',
      'city',
      'council',
    ]);
    expect((await t.api('GET', '/api/nope')).status).toBe(404);
  });

  it('applies commands idempotently and enforces ownership', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const a = await t.join(w.joinCode, 'A');
    const b = await t.join(w.joinCode, 'B');
    const path = `/api/workshops/${w.id}/commands`;
    const add = note();
    const first = await t.api('POST', path, add, a.participantToken);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, duplicate: false, note: { authorId: a.participantId } });
    const again = await t.api('POST', path, add, a.participantToken);
    expect(again.body).toMatchObject({ duplicate: true, note: { id: add.noteId } });
    expect((await t.api('POST', path, add, b.participantToken)).body.error.code).toBe('command_conflict');
    const shown = await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken);
    expect(shown.body.notes).toBe(1);

    const del = { type: 'deleteNote', commandId: 'del-by-b-1', noteId: add.noteId };
    const refused = await t.api('POST', path, del, b.participantToken);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_owner');
    const edit = { type: 'editNote', commandId: 'edit-by-b-1', noteId: add.noteId, text: '乗っ取り' };
    expect((await t.api('POST', path, edit, b.participantToken)).status).toBe(403);
    const move = { type: 'moveNote', commandId: 'move-by-a-1', noteId: add.noteId, lane: 'council' };
    expect((await t.api('POST', path, move, a.participantToken)).body.note.lane).toBe('council');
    const byFacilitator = { ...edit, commandId: 'edit-by-f-1', text: '整理しました' };
    expect((await t.api('POST', path, byFacilitator, w.facilitatorToken)).body.note.text).toBe(
      '整理しました',
    );
    expect((await t.api('POST', path, { ...del, commandId: 'del-by-a-1' }, a.participantToken)).status).toBe(
      200,
    );
    expect((await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken)).body.notes).toBe(0);
    expect((await t.api('POST', path, note({ lane: 'mayor' }), a.participantToken)).body.error.code).toBe(
      'unknown_lane',
    );
  });

  it('refuses tokens that are missing, forged, for another workshop, or for a closed workshop', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const other = await t.createWorkshop();
    const p = await t.join(w.joinCode);
    const path = `/api/workshops/${w.id}/commands`;
    expect((await t.api('POST', path, note())).status).toBe(401);
    expect((await t.api('POST', path, note(), `${p.participantToken}x`)).status).toBe(401);
    expect(
      (await t.api('POST', `/api/workshops/${other.id}/commands`, note(), p.participantToken)).status,
    ).toBe(403);
    expect((await t.api('POST', `/api/workshops/${w.id}/close`, {}, p.participantToken)).status).toBe(403);
    expect((await t.api('POST', `/api/workshops/${w.id}/close`, {}, w.facilitatorToken)).status).toBe(200);
    const after = await t.api('POST', path, note(), p.participantToken);
    expect(after.status).toBe(403);
    expect(after.body.error.code).toBe('workshop_closed');
    expect((await t.api('POST', '/api/join', { joinCode: w.joinCode })).body.error.code).toBe(
      'workshop_closed',
    );
  });

  it('slows join-code guessing per IP but lets a hall of tablets join', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    for (let i = 0; i < 60; i++) await t.join(w.joinCode);
    let refused = 0;
    for (let i = 0; i < 25; i++) {
      const res = await t.api('POST', '/api/join', { joinCode: 'AAAAAA' });
      if (res.status === 429) refused++;
    }
    expect(refused).toBeGreaterThan(0);
    // Wrong codes stay refused; the right code still joins (a guesser must not lock the hall out).
    expect((await t.api('POST', '/api/join', { joinCode: 'AAAAAA' })).status).toBe(429);
    expect((await t.api('POST', '/api/join', { joinCode: w.joinCode })).status).toBe(200);
  });

  it('exports a workshop in the model format for its facilitator only', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const p = await t.join(w.joinCode);
    await t.api('POST', `/api/workshops/${w.id}/commands`, note(), p.participantToken);
    expect((await t.api('GET', `/api/workshops/${w.id}/export`, undefined, p.participantToken)).status).toBe(
      403,
    );
    const res = await t.api('GET', `/api/workshops/${w.id}/export`, undefined, w.facilitatorToken);
    expect(res.status).toBe(200);
    expect(res.body.workshop.id).toBe(w.id);
    expect(res.body.notes).toHaveLength(1);
    expect(res.body.attendance).toHaveLength(1);
    expect(res.body.includesNicknames).toBe(false);
  });

  it('seeds closed past workshops (exportable) and open boards on a first start', async () => {
    const t = await startTestServer({ seedSample: true });
    const list = await t.api('GET', '/api/workshops', undefined, TEST_ADMIN);
    type Row = { workshop: { id: string; status: string } };
    const rows: Row[] = list.body.workshops;
    const closed = rows.filter((r) => r.workshop.status === 'closed');
    expect(closed).toHaveLength(8);
    expect(rows.filter((r) => r.workshop.status === 'open')).toHaveLength(2);
    const exported = await t.api(
      'GET',
      `/api/workshops/${closed[0]?.workshop.id}/export`,
      undefined,
      TEST_ADMIN,
    );
    expect(exported.status).toBe(200);
    expect(exported.body.notes).toHaveLength(24);
    expect(exported.body.votes.length).toBeGreaterThan(0);
  });
});
