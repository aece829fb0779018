import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../src/harness';
import { Api, type TestParticipant, type TestWorkshop } from './lib/api';
import { readBoard } from './lib/board';
import { http } from './lib/http';

let server: TestServer;
let api: Api;
let w: TestWorkshop;
let p: TestParticipant;
let workshopIndex: string;
let insightsIndex: string;

beforeAll(async () => {
  server = await startServer();
  api = new Api(server.url, server.adminToken);
  w = await api.createWorkshop();
  p = await api.join(w.joinCode);
  await api.command(w.id, p.token, Api.addNote('before the hostile requests'));
  workshopIndex = (await http(server.url, { path: '/' })).text;
  insightsIndex = (await http(server.url, { path: '/insights/' })).text;
});
afterAll(async () => server.stop());

const TRAVERSALS = [
  '/..%2f..%2fetc/passwd',
  '/insights/../../package.json',
  '/insights/..%2f..%2fpackage.json',
  '/%2e%2e/%2e%2e/package.json',
  '/insights/..%5c..%5cpackage.json',
  '/..\\..\\package.json',
  '/assets/%00../../package.json',
  '/....//....//etc/passwd',
  '//etc/passwd',
  '/insights//..//..//server/main.ts',
  '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
];

describe('path traversal on the static apps', () => {
  it.each(TRAVERSALS)('%s never leaves the app folders', async (path) => {
    const res = await http(server.url, { path });
    expect(res.text).not.toMatch(/root:x?:0:0|"@chiiki\/|startServer|"private": true/);
    if (res.status === 200) expect([workshopIndex, insightsIndex]).toContain(res.text);
    else expect([400, 404]).toContain(res.status);
  });
});

const big = 'x'.repeat(70 * 1024);
const deepJson = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
/** [name, request, expected status] for the commands endpoint; none may change the board. */
const BODIES: Array<[string, { body?: unknown; headers?: Record<string, string> }, number]> = [
  ['not JSON', { body: '{"type":', headers: { 'content-type': 'application/json' } }, 400],
  [
    'invalid UTF-8',
    { body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), headers: { 'content-type': 'application/json' } },
    400,
  ],
  ['JSON null', { body: 'null', headers: { 'content-type': 'application/json' } }, 400],
  ['an array', { body: '[1,2]', headers: { 'content-type': 'application/json' } }, 400],
  ['30,000 nested arrays (60 KB)', { body: deepJson, headers: { 'content-type': 'application/json' } }, 400],
  [
    'a __proto__ payload',
    {
      body: '{"__proto__":{"role":"facilitator"},"type":"addNote"}',
      headers: { 'content-type': 'application/json' },
    },
    400,
  ],
  ['unknown command type', { body: { type: 'dropTables', commandId: 'abcd1234', noteId: 'abcd1234' } }, 400],
  ['text/plain', { body: '{}', headers: { 'content-type': 'text/plain' } }, 415],
  ['no content type', { body: Buffer.from('{}') }, 415],
  [
    'form encoding',
    { body: 'type=addNote', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    415,
  ],
  ['70 KiB body', { body: { ...Api.addNote('x'), text: big } }, 413],
  [
    'a lying Content-Length',
    {
      body: '{}',
      headers: { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) },
    },
    413,
  ],
  ['a text over the note limit', { body: Api.addNote('あ'.repeat(5000)) }, 400],
];

describe('malformed HTTP bodies on the commands endpoint', () => {
  it.each(BODIES)('%s is refused and the board is unchanged', async (_name, req, status) => {
    const before = await readBoard(server.url, w.id, p.token);
    const res = await http(server.url, {
      path: `/api/workshops/${w.id}/commands`,
      method: 'POST',
      token: p.token,
      ...req,
    }).catch((error: Error) => ({ status: -1, text: error.message, json: undefined }));
    expect(res.status, res.text).toBe(status);
    const after = await readBoard(server.url, w.id, p.token);
    expect(after.json).toEqual(before.json);
    expect((await http(server.url, { path: '/api/health' })).status).toBe(200);
  });

  it('an oversized upload to the join endpoint is refused before it is read', async () => {
    const res = await http(server.url, {
      path: '/api/join',
      body: { joinCode: w.joinCode, nickname: big },
    });
    expect(res.status).toBe(413);
  });
});
