import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkshopId } from '@chiiki/model';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness';
import { until, upgradeStatus } from '../testing/syncClient';
import type { WorkshopEntry } from './metaStore';
import type { FaultHook } from './storeFs';
import { decodeWorkshop, encodeWorkshop } from './workshopFiles';

const fileOf = (t: TestServer, id: string) => join(t.dir, 'workshops', `${id}.json`);

async function entryOnDisk(t: TestServer, id: string): Promise<WorkshopEntry> {
  return decodeWorkshop(id, await readFile(fileOf(t, id)));
}

/** A data directory as an earlier version left it: every workshop in one workshops.json. */
async function toLegacyLayout(t: TestServer, ids: string[]): Promise<string> {
  const workshops = await Promise.all(ids.map((id) => entryOnDisk(t, id)));
  const legacy = JSON.stringify({ version: 1, workshops });
  await rm(join(t.dir, 'workshops'), { recursive: true });
  await writeFile(join(t.dir, 'workshops.json'), legacy);
  return legacy;
}

describe('workshop registry: one file per workshop', () => {
  it('converts an old workshops.json once, loses nothing, and keeps the old file renamed', async () => {
    const t = await startTestServer();
    const a = await t.createWorkshop();
    const b = await t.createWorkshop();
    await t.join(a.joinCode, 'たろう');
    await t.join(a.joinCode, 'はなこ');
    await t.api('POST', `/api/workshops/${b.id}/close`, undefined, b.facilitatorToken);
    const before = await Promise.all([a.id, b.id].map((id) => entryOnDisk(t, id)));
    await t.server.close();
    const legacy = await toLegacyLayout(t, [a.id, b.id]);

    await t.restart();
    expect(await Promise.all([a.id, b.id].map((id) => entryOnDisk(t, id)))).toEqual(before);
    expect(await readFile(join(t.dir, 'workshops.json.migrated'), 'utf8')).toBe(legacy);
    await expect(stat(join(t.dir, 'workshops.json'))).rejects.toThrow();
    const shown = await t.api('GET', `/api/workshops/${a.id}`, undefined, a.facilitatorToken);
    expect(shown.body.participants).toBe(2);
    expect((await t.api('POST', '/api/join', { joinCode: a.joinCode })).status).toBe(200);
    expect((await t.api('POST', '/api/join', { joinCode: b.joinCode })).status).toBe(403);

    await t.restart();
    expect((await readdir(t.dir)).filter((n) => n.startsWith('workshops.json'))).toEqual([
      'workshops.json.migrated',
    ]);
  });

  it('repeats a conversion a crash interrupted before the old file was renamed', async () => {
    const t = await startTestServer();
    const a = await t.createWorkshop();
    await t.join(a.joinCode, 'たろう');
    const before = await entryOnDisk(t, a.id);
    await t.server.close();
    await toLegacyLayout(t, [a.id]);
    const crash: FaultHook = (op, path) => {
      if (op === 'rename' && path.includes('.migrated')) throw new Error('killed');
    };
    await expect(t.restart({ fault: crash })).rejects.toThrow('killed');
    expect(await readFile(join(t.dir, 'workshops.json'), 'utf8')).toContain(a.id);

    await t.restart();
    expect(await entryOnDisk(t, a.id)).toEqual(before);
    expect((await t.api('POST', '/api/join', { joinCode: a.joinCode })).status).toBe(200);
  });

  it('refuses a workshop whose file is damaged (503, logged, left as it is) and serves the others', async () => {
    const logged: string[] = [];
    const t = await startTestServer({ log: (message) => void logged.push(message) });
    const good = await t.createWorkshop();
    const bad = await t.createWorkshop();
    await t.server.close();
    await writeFile(fileOf(t, bad.id), '{"version":1,"head":{');
    await writeFile(`${fileOf(t, good.id)}.tmp-1-2`, 'half a write');

    await t.restart();
    expect(logged.some((m) => m.includes(bad.id) && m.includes('503'))).toBe(true);
    const list = await t.api('GET', '/api/workshops', undefined, 'test-admin-token-0123456789');
    expect(list.body.workshops.map((w: { workshop: { id: string } }) => w.workshop.id)).toEqual([good.id]);
    const refused = await t.api('GET', `/api/workshops/${bad.id}`, undefined, bad.facilitatorToken);
    expect(refused.status).toBe(503);
    expect(await upgradeStatus(t.wsUrl(bad.id, bad.facilitatorToken))).toBe(503);
    expect((await t.api('POST', '/api/join', { joinCode: good.joinCode })).status).toBe(200);
    expect(await readFile(fileOf(t, bad.id), 'utf8')).toBe('{"version":1,"head":{');
    await expect(stat(`${fileOf(t, good.id)}.tmp-1-2`)).rejects.toThrow();
  });

  it("keeps a closed workshop's people on disk: listed from its head, its people read when asked", async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    await t.join(w.joinCode, 'たろう');
    expect((await t.api('POST', `/api/workshops/${w.id}/close`, undefined, w.facilitatorToken)).status).toBe(
      200,
    );
    const shown = await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken);
    expect(shown.body.attendance.tablets).toBe(1);
    await t.server.close();
    const [head] = (await readFile(fileOf(t, w.id), 'utf8')).split('\n');
    await writeFile(fileOf(t, w.id), `${head}\n{"attendance":[`);

    await t.restart();
    const list = await t.api('GET', '/api/workshops', undefined, 'test-admin-token-0123456789');
    expect(list.body.workshops).toMatchObject([
      { workshop: { id: w.id, status: 'closed' }, participants: 1 },
    ]);
    const refused = await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken);
    expect(refused.status).toBe(503);
  });

  it('lets a burst of joins share writes: 30 joins during one write cost one more write', async () => {
    const renames: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding = false;
    const fault: FaultHook = async (op, path) => {
      if (op !== 'rename' || !path.includes('/workshops/')) return;
      renames.push(path);
      if (holding) await held;
    };
    const t = await startTestServer({ fault });
    const w = await t.createWorkshop();
    renames.length = 0;
    holding = true;
    const joins = Promise.all(Array.from({ length: 30 }, (_, i) => t.join(w.joinCode, `住民${i}`)));
    await until(() => t.server.context.meta.participants(w.id) === 30, 'all 30 joins in memory');
    release();
    await joins;
    expect(renames).toEqual([fileOf(t, w.id), fileOf(t, w.id)]);
    expect((await entryOnDisk(t, w.id)).attendance).toHaveLength(30);
  });

  it('starts on 10,000 workshops and writes only the changed workshop on a join or a create', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chiiki-registry-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, 'workshops'));
    const sample = await startTestServer({}, dir);
    const template = await sample.createWorkshop();
    await sample.join(template.joinCode, 'たろう');
    const entry = await entryOnDisk(sample, template.id);
    await sample.server.close();
    for (let i = 0; i < 10_000; i++) {
      const id = `gen${String(i).padStart(18, '0')}` as WorkshopId;
      const copy = { ...entry, workshop: { ...entry.workshop, id }, joinCode: `G${i}` };
      await writeFile(join(dir, 'workshops', `${id}.json`), encodeWorkshop(copy));
    }

    const touched: string[] = [];
    const fault: FaultHook = (op, path) => {
      if ((op === 'write' || op === 'rename') && path.includes('/workshops/')) touched.push(`${op} ${path}`);
    };
    const t = await startTestServer({ fault }, dir);
    let listed = 0;
    for (let after = '', pages = 0; pages < 30; pages++) {
      const query = `?limit=500${after ? `&after=${after}` : ''}`;
      const page = await t.api('GET', `/api/workshops${query}`, undefined, 'test-admin-token-0123456789');
      listed += page.body.workshops.length;
      if (page.body.next === null) break;
      after = page.body.next;
    }
    expect(listed).toBe(10_001);
    expect(touched).toEqual([]);

    await t.join(template.joinCode, 'はなこ');
    const file = fileOf(t, template.id);
    expect(touched.map((x) => x.replace(/\.tmp-.*/, '.tmp'))).toEqual([
      `write ${file}.tmp`,
      `rename ${file}`,
    ]);
    expect((await stat(file)).size).toBeLessThan(2_000);

    touched.length = 0;
    const created = await t.createWorkshop();
    expect(touched.map((x) => x.replace(/\.tmp-.*/, '.tmp'))).toEqual([
      `write ${fileOf(t, created.id)}.tmp`,
      `rename ${fileOf(t, created.id)}`,
    ]);
  });
});
