import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../src/harness';
import { Api, type TestParticipant, type TestWorkshop } from './lib/api';
import { readBoard } from './lib/board';
import { Probe } from './lib/probe';
import { syncUrl } from './lib/tablet';
import { upgradeStatus } from './lib/ws';

const probe = new Probe();
let server: TestServer;
let api: Api;
let w: TestWorkshop;
let p: TestParticipant;
let logPath: string;
let original: Buffer;
let before: Set<string>;

const sha = (path: string) => {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return 'missing';
  }
};

beforeAll(async () => {
  server = await startServer({ env: probe.env() });
  api = new Api(server.url, server.adminToken);
  w = await api.createWorkshop();
  p = await api.join(w.joinCode);
  for (let i = 0; i < 5; i++)
    expect((await api.command(w.id, p.token, Api.addNote(`load-${i}`))).status).toBe(200);
  before = (await readBoard(server.url, w.id, p.token)).ids;
  // A crash leaves the log as records (no compaction), so corruption can sit between two of them.
  await server.kill('SIGKILL');
  logPath = join(server.dataDir, 'rooms', `${w.id}.ylog`);
  original = readFileSync(logPath);
});
afterAll(async () => {
  await server.stop();
  probe.dispose();
});

/** Ways a stored room can fail to load; each leaves the original bytes to restore afterwards. */
const FAULTS: Array<[string, () => Promise<void>]> = [
  ['the disk fails the read (EIO)', () => probe.fail(['read'], `${w.id}.ylog`, 'EIO')],
  ['a record in the middle fails its checksum', async () => writeFileSync(logPath, flipped(original, 30))],
  ['the header is not ours', async () => writeFileSync(logPath, flipped(original, 2))],
  ['the file is missing', async () => rmSync(logPath)],
];

function flipped(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0xff;
  return copy;
}

describe('a room that cannot be loaded', () => {
  it.each(FAULTS)('%s: refused with 503, stored bytes untouched, no empty board', async (_name, inject) => {
    await inject();
    const stored = sha(logPath);
    server = await server.restart();
    api.base = server.url;
    expect(await upgradeStatus(syncUrl(server.url, w.id, p.token))).toBe(503);
    expect(await upgradeStatus(syncUrl(server.url, w.id, w.facilitatorToken))).toBe(503);
    const command = await api.command(w.id, p.token, Api.addNote('must not land on an empty board'));
    expect(command.status).toBe(503);
    expect((command.json as { error: { code: string } }).error.code).toBe('room_unavailable');
    expect(sha(logPath)).toBe(stored);
    await server.kill('SIGKILL');
    expect(sha(logPath), 'nothing was written over the stored room').toBe(stored);

    await probe.heal();
    writeFileSync(logPath, original);
    server = await server.restart();
    api.base = server.url;
    const after = await readBoard(server.url, w.id, p.token);
    expect([...after.ids].sort()).toEqual([...before].sort());
    await server.kill('SIGKILL');
    writeFileSync(logPath, original);
  });
});
