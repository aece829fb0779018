import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type TestServer } from '../../src/harness';

/** Residents in each workshop of the registry: a full district workshop. */
export const RESIDENTS = 60;

async function api(server: TestServer, path: string, body: unknown, token?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Creates a workshop on a running server; answers its id, join code and facilitator token. */
export async function createWorkshop(server: TestServer) {
  const body = await api(
    server,
    '/api/workshops',
    { districtCode: 'D01', theme: '地区の将来' },
    server.adminToken,
  );
  return {
    id: body.workshop.id as string,
    joinCode: body.joinCode as string,
    token: body.facilitatorToken as string,
  };
}

/** Joins `count` residents, each with a nickname and attendance answers (what a real join stores). */
export async function joinResidents(server: TestServer, joinCode: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await api(server, '/api/join', {
      joinCode,
      nickname: `参加者${i}`,
      attendance: { ageBand: '40s', affiliation: 'jichikai', districtCode: 'D01' },
    });
  }
}

/**
 * A data directory holding `count` closed workshops of 60 residents each, as a city has after
 * years of use. One workshop is run through the real server (created, joined by 60 residents,
 * closed); its file is then copied under new ids and join codes, which is what the server would
 * have written for each.
 */
export async function registryOf(count: number): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chiiki-registry-'));
  const server = await startServer({ dataDir });
  const w = await createWorkshop(server);
  await joinResidents(server, w.joinCode, RESIDENTS);
  await api(server, `/api/workshops/${w.id}/close`, {}, w.token);
  await server.stop();
  const dir = join(dataDir, 'workshops');
  const template = readFileSync(join(dir, `${w.id}.json`), 'utf8');
  for (let i = 0; i < count - 1; i++) {
    const id = `bench${String(i).padStart(16, '0')}`;
    const code = `Q${String(i).padStart(5, '0')}`;
    writeFileSync(join(dir, `${id}.json`), template.replaceAll(w.id, id).replaceAll(w.joinCode, code));
  }
  return dataDir;
}

/** Modification times of every file under the data directory's two stores. */
export function snapshot(dataDir: string): Map<string, number> {
  const files = new Map<string, number>();
  for (const sub of ['workshops', 'rooms']) {
    for (const name of readdirSync(join(dataDir, sub))) {
      const path = join(dataDir, sub, name);
      files.set(path, statSync(path).mtimeMs);
    }
  }
  return files;
}

/** The registry files (under workshops/) written since a snapshot, and their bytes. */
export function registryWrites(
  dataDir: string,
  before: Map<string, number>,
): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const [path, mtime] of snapshot(dataDir)) {
    if (!path.startsWith(join(dataDir, 'workshops')) || before.get(path) === mtime) continue;
    files++;
    bytes += statSync(path).size;
  }
  return { files, bytes };
}
