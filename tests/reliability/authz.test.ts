import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../src/harness';
import { Api } from './lib/api';
import { type Cast, castFor, type TokenKind } from './lib/authzSetup';
import { type HttpRequest, http } from './lib/http';
import { workshopState } from './lib/state';
import { syncUrl } from './lib/tablet';
import { upgradeStatus } from './lib/ws';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startServer();
  cast = await castFor(server);
});
afterAll(async () => server.stop());

const OUTSIDERS: TokenKind[] = [
  'none',
  'garbage',
  'expired participant',
  'expired facilitator',
  'facilitator signed with another key',
  'unsigned facilitator (alg none)',
  'forged admin role',
];
const FOREIGN: TokenKind[] = ["another workshop's participant", "another workshop's facilitator"];

type Build = (c: Cast) => HttpRequest;
const add: Build = (c) => ({ path: `/api/workshops/${c.w.id}/commands`, body: Api.addNote('侵入') });
const onNote =
  (type: string, extra: object): Build =>
  (c) => ({
    path: `/api/workshops/${c.w.id}/commands`,
    body: { type, commandId: `x${Date.now()}${Math.random()}`.replace('.', ''), noteId: c.note.id, ...extra },
  });
const ACTIONS: Array<[string, Build]> = [
  ['add a note', add],
  ['edit the owner’s note', onNote('editNote', { text: '書き換え' })],
  ['move the owner’s note', onNote('moveNote', { lane: 'city' })],
  ['delete the owner’s note', onNote('deleteNote', {})],
  ['change the phase', onNote('setPhase', { phase: 'closed' })],
  ['start the timer', onNote('timer', { action: 'start' })],
  ['lock the board', onNote('setLock', { locked: true })],
  ['set up voting', onNote('setVoting', { perParticipant: 20, perNote: 20, hidden: false })],
  ['remove the owner’s note for moderation', onNote('removeNote', { reason: 'x' })],
  ['count heads', onNote('addHeadCount', { count: 5 })],
  ['close the workshop', (c) => ({ method: 'POST', path: `/api/workshops/${c.w.id}/close` })],
  ['export the workshop', (c) => ({ path: `/api/workshops/${c.w.id}/export` })],
  ['read the workshop', (c) => ({ path: `/api/workshops/${c.w.id}` })],
  ['list workshops', () => ({ path: '/api/workshops' })],
  ['create a workshop', () => ({ path: '/api/workshops', body: { districtCode: 'D01', theme: 'x' } })],
  [
    'mint a facilitator token',
    (c) => ({ method: 'POST', path: `/api/workshops/${c.w.id}/facilitator-token` }),
  ],
];

/** Expected status per credential and action; undefined means "not refused" (not a cell). */
function expected(kind: TokenKind, action: string): number | undefined {
  const admin = ['create a workshop', 'mint a facilitator token'].includes(action);
  // Operator-only routes never parse a JWT: no token is 401, any other token 403 (docs/api.md).
  if (admin) return kind === 'none' ? 401 : 403;
  if (OUTSIDERS.includes(kind)) return 401;
  // A facilitator lists its own workshop (checked apart: never another's); participants may not.
  if (action === 'list workshops') return kind.endsWith('participant') ? 403 : undefined;
  if (FOREIGN.includes(kind)) return 403;
  if (kind === 'participant') {
    if (action === 'add a note' || action === 'read the workshop') return undefined;
    return 403;
  }
  return undefined;
}

const CELLS = ([...OUTSIDERS, ...FOREIGN, 'participant', 'facilitator'] as TokenKind[]).flatMap((kind) =>
  ACTIONS.flatMap(([action, build]) => {
    const status = expected(kind, action);
    return status === undefined ? [] : [[kind, action, status, build] as const];
  }),
);

describe('HTTP authorization matrix: refused with the right status, nothing changed', () => {
  it.each(CELLS)('%s may not %s → %i', async (kind, _action, status, build) => {
    const before = await workshopState(server.url, server.adminToken, cast.w.id);
    const req = build(cast);
    const token = cast.tokens[kind];
    const res = await http(server.url, { ...req, ...(token ? { token } : {}) });
    expect(res.status, res.text).toBe(status);
    expect(res.text).not.toContain(cast.w.joinCode);
    expect(await workshopState(server.url, server.adminToken, cast.w.id)).toEqual(before);
  });

  it("another workshop's facilitator lists only its own workshop, nothing of this one", async () => {
    const res = await http(server.url, {
      path: '/api/workshops',
      token: cast.tokens["another workshop's facilitator"],
    });
    expect(res.status).toBe(200);
    expect((JSON.parse(res.text) as { workshops: unknown[] }).workshops).toHaveLength(1);
    expect(res.text).not.toContain(cast.w.id);
    expect(res.text).not.toContain(cast.w.joinCode);
  });

  it("a participant reusing another's command id gets 409 and none of its answer", async () => {
    const before = await workshopState(server.url, server.adminToken, cast.w.id);
    const res = await cast.api.command(cast.w.id, cast.intruder.token, {
      ...Api.addNote('乗っ取り'),
      commandId: cast.note.commandId,
    });
    expect(res.status).toBe(409);
    expect(res.text).not.toContain(cast.note.text);
    expect(await workshopState(server.url, server.adminToken, cast.w.id)).toEqual(before);
  });

  it("a participant adding a note under another's note id gets 409", async () => {
    const before = await workshopState(server.url, server.adminToken, cast.w.id);
    const res = await cast.api.command(cast.w.id, cast.intruder.token, {
      ...Api.addNote('上書き'),
      noteId: cast.note.id,
    });
    expect(res.status).toBe(409);
    expect(await workshopState(server.url, server.adminToken, cast.w.id)).toEqual(before);
  });
});

describe('sync upgrade authorization', () => {
  it.each([...OUTSIDERS, ...FOREIGN])('%s is refused before the upgrade', async (kind) => {
    const status = await upgradeStatus(syncUrl(server.url, cast.w.id, cast.tokens[kind] ?? ''));
    expect(status).toBe(FOREIGN.includes(kind) ? 403 : 401);
  });
});

describe('votes above the limit', () => {
  it('a participant’s dot beyond the per-note and per-participant limits is refused; nothing changes', async () => {
    const { api, w, intruder, note } = cast;
    const facilitate = (body: object) =>
      api.command(w.id, w.facilitatorToken, { commandId: `f${Math.random()}`.replace('.', ''), ...body });
    expect(
      (await facilitate({ type: 'setVoting', perParticipant: 2, perNote: 1, hidden: false })).status,
    ).toBe(200);
    expect((await facilitate({ type: 'setPhase', phase: 'voting' })).status).toBe(200);
    const second = await api.command(w.id, w.facilitatorToken, { ...Api.addNote('二枚目'), type: 'addNote' });
    const third = await api.command(w.id, w.facilitatorToken, { ...Api.addNote('三枚目'), type: 'addNote' });
    const ids = [
      note.id,
      (second.json as { noteId: string }).noteId,
      (third.json as { noteId: string }).noteId,
    ];
    const vote = (noteId: string) =>
      api.command(w.id, intruder.token, {
        type: 'vote',
        commandId: `v${Math.random()}`.replace('.', ''),
        voteId: `d${Math.random()}`.replace('.', ''),
        noteId,
      });
    expect((await vote(ids[0] as string)).status).toBe(200);
    let before = await workshopState(server.url, server.adminToken, w.id);
    const perNote = await vote(ids[0] as string);
    expect(perNote.status, perNote.text).toBeGreaterThanOrEqual(400);
    expect(await workshopState(server.url, server.adminToken, w.id)).toEqual(before);
    expect((await vote(ids[1] as string)).status).toBe(200);
    before = await workshopState(server.url, server.adminToken, w.id);
    const perParticipant = await vote(ids[2] as string);
    expect(perParticipant.status, perParticipant.text).toBeGreaterThanOrEqual(400);
    expect(await workshopState(server.url, server.adminToken, w.id)).toEqual(before);
    expect((await facilitate({ type: 'setPhase', phase: 'writing' })).status).toBe(200);
  });
});
