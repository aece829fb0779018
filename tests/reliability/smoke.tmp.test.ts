import { expect, it } from 'vitest';
import { startServer } from '../src/harness';
import { Api } from './lib/api';
import { readBoard } from './lib/board';
import { Probe } from './lib/probe';

it('smoke', async () => {
  const probe = new Probe();
  const server = await startServer({ env: probe.env() });
  const api = new Api(server.url, server.adminToken);
  const w = await api.createWorkshop();
  const p = await api.join(w.joinCode);
  const r = await api.command(w.id, p.token, Api.addNote('hello'));
  expect(r.status).toBe(200);
  console.log(await probe.memory());
  await probe.fail(['write', 'sync'], 'rooms/', 'ENOSPC');
  const t0 = Date.now();
  const r2 = await api.command(w.id, p.token, Api.addNote('fail'));
  console.log(r2.status, r2.text, Date.now() - t0);
  await probe.heal();
  const b = await readBoard(server.url, w.id, p.token);
  console.log(b.texts, server.output().slice(-500));
  await server.stop();
  probe.dispose();
});
