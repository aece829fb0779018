import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { spawnMain } from '../testing/spawnMain';

const ADMIN = 'registry-kill-admin-token';
const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };

const json = { 'content-type': 'application/json' };

/** A POST whose answer counts only if it arrived: a request the kill cut off is not acknowledged. */
async function post<T>(url: string, path: string, body: unknown, headers: Record<string, string> = admin) {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) }).catch(
    () => undefined,
  );
  return res?.ok ? ((await res.json().catch(() => undefined)) as T | undefined) : undefined;
}

interface Created {
  workshop: { id: string };
  joinCode: string;
  facilitatorToken: string;
}

describe('workshop registry through a SIGKILL', () => {
  it('keeps every acknowledged create and join, and loads every workshop file after the kill', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chiiki-registry-kill-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const spawnServer = () => spawnMain({ DATA_DIR: dir, ADMIN_TOKEN: ADMIN, SEED_SAMPLE: '0' });
    const first = await spawnServer();
    const workshops = new Map<string, { token: string; joined: string[] }>();
    const create = async () => {
      const body = await post<Created>(first.url, '/api/workshops', { districtCode: 'D01', theme: 't' });
      if (body) workshops.set(body.workshop.id, { token: body.facilitatorToken, joined: [] });
      return body;
    };
    const created = await Promise.all([create(), create(), create()]);
    const joinLoop = async (w: Created | undefined) => {
      for (let i = 0; w && i < 40; i++) {
        const join = { joinCode: w.joinCode, nickname: `n${i}` };
        const body = await post<{ participantId: string }>(first.url, '/api/join', join, json);
        if (!body) return;
        workshops.get(w.workshop.id)?.joined.push(body.participantId);
      }
    };
    const creates = Array.from({ length: 10 }, () => create());
    const joins = created.map(joinLoop);
    const joinedSoFar = () => [...workshops.values()].reduce((n, w) => n + w.joined.length, 0);
    for (let waited = 0; joinedSoFar() < 15 && waited < 200; waited++)
      await new Promise((r) => setTimeout(r, 25));
    first.child.kill('SIGKILL');
    await Promise.all([...creates, ...joins]);

    const second = await spawnServer();
    expect(second.out()).not.toContain('refused');
    expect((await readdir(join(dir, 'workshops'))).filter((n) => !n.endsWith('.json'))).toEqual([]);
    const listed = await fetch(`${second.url}/api/workshops`, { headers: admin });
    const ids = new Set(
      ((await listed.json()) as { workshops: { workshop: { id: string } }[] }).workshops.map(
        (w) => w.workshop.id,
      ),
    );
    let acknowledgedJoins = 0;
    for (const [id, { token, joined }] of workshops) {
      expect(ids.has(id)).toBe(true);
      const res = await fetch(`${second.url}/api/workshops/${id}/export`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const stored = new Set(
        ((await res.json()) as { attendance: { participantId: string }[] }).attendance.map(
          (a) => a.participantId,
        ),
      );
      for (const pid of joined) expect(stored.has(pid)).toBe(true);
      acknowledgedJoins += joined.length;
    }
    expect(workshops.size).toBeGreaterThanOrEqual(3);
    expect(acknowledgedJoins).toBeGreaterThan(0);
  });
});
