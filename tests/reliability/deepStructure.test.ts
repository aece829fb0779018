import { notesMap } from '@chiiki/model';
import { afterAll, describe, expect, it } from 'vitest';
import { writeUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { startServer, type TestServer } from '../src/harness';
import { Api } from './lib/api';
import { http } from './lib/http';
import { syncMessage, syncUrl, Tablet } from './lib/tablet';
import { sleep, until } from './lib/wait';

let server: TestServer | undefined;
afterAll(async () => server?.stop());

describe('a crafted deep structure from a facilitator connection', () => {
  it('does not lock the workshop’s export or its summary', async () => {
    server = await startServer();
    const api = new Api(server.url, server.adminToken);
    const w = await api.createWorkshop();
    const p = await api.join(w.joinCode);
    expect((await api.command(w.id, p.token, Api.addNote('残したい意見'))).status).toBe(200);
    const tablet = new Tablet({
      url: () => syncUrl(api.base, w.id, w.facilitatorToken),
      writer: true,
    }).start();
    await until(() => tablet.synced, 'facilitator synced');
    const doc = new Y.Doc();
    let map = notesMap(doc) as Y.Map<unknown>;
    doc.transact(() => {
      for (let i = 0; i < 20_000; i++) {
        const next = new Y.Map<unknown>();
        map.set('deep', next);
        map = next;
      }
    });
    tablet.send(syncMessage((e) => writeUpdate(e, Y.encodeStateAsUpdate(doc))));
    await sleep(1500);
    tablet.stop();
    const exported = await http(server.url, {
      path: `/api/workshops/${w.id}/export`,
      token: server.adminToken,
    });
    const summary = await http(server.url, { path: `/api/workshops/${w.id}`, token: server.adminToken });
    expect(summary.status, summary.text).toBe(200);
    expect(exported.status, exported.text).toBe(200);
    expect(exported.text).toContain('残したい意見');
  });
});
