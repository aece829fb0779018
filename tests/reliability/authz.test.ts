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
  ['close the workshop', (c) => ({ method: 'POST', path: `/api/workshops/${c.w.id}/close` })],
  ['export the workshop', (c) => ({ path: `/api/workshops/${c.w.id}/export` })],
  ['read the workshop', (c) => ({ path: `/api/workshops/${c.w.id}` })],
  ['list all workshops', () => ({ path: '/api/workshops' })],
  ['create a workshop', () => ({ path: '/api/workshops', body: { districtCode: 'D01', theme: 'x' } })],
  [
    'mint a facilitator token',
    (c) => ({ method: 'POST', path: `/api/workshops/${c.w.id}/facilitator-token` }),
  ],
];

/** Expected status per credential and action; undefined means "not refused" (not a cell). */
function expected(kind: TokenKind, action: string): number | undefined {
  if (OUTSIDERS.includes(kind)) return 401;
  const admin = ['list all workshops', 'create a workshop', 'mint a facilitator token'].includes(action);
  if (FOREIGN.includes(kind)) return 403;
  if (kind === 'participant') {
    if (action === 'add a note' || action === 'read the workshop') return undefined;
    return 403;
  }
  return admin ? 403 : undefined;
}

const CELLS = ([...OUTSIDERS, ...FOREIGN, 'participant', 'facilitator'] as TokenKind[]).flatMap((kind) =>
  ACTIONS.flatMap(([action, build]) => {
    const status = expected(kind, action);
    return status === undefined ? [] : [[kind, action, build, status] as const];
  }),
);

describe('HTTP authorization matrix: refused with the right status, nothing changed', () => {
  it.each(CELLS)('%s may not %s (→ %#)', async (kind, _action, build, status) => {
    const before = await workshopState(server.url, server.adminToken, cast.w.id);
    const req = build(cast);
    const token = cast.tokens[kind];
    const res = await http(server.url, { ...req, ...(token ? { token } : {}) });
    expect(res.status, res.text).toBe(status);
    expect(res.text).not.toContain(cast.w.joinCode);
    expect(await workshopState(server.url, server.adminToken, cast.w.id)).toEqual(before);
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
