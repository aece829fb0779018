import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { startTestServer } from '../testing/harness';

/** The first message a connection receives, decoded as far as the sync protocol's step. */
function firstMessage(url: string): Promise<{ type: number; step: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      resolve({ type: decoding.readVarUint(decoder), step: decoding.readVarUint(decoder) });
      ws.terminate();
    });
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

describe('what lets a tablet tell that the server restored a backup (decision 0012)', () => {
  it("sends every connection the room's state vector first, read replicas and private docs too", async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const p = await t.join(w.joinCode);
    const step1 = { type: 0, step: syncProtocol.messageYjsSyncStep1 };
    expect(await firstMessage(t.wsUrl(w.id, w.facilitatorToken))).toEqual(step1);
    expect(await firstMessage(t.wsUrl(w.id, p.participantToken))).toEqual(step1);
    expect(await firstMessage(`${t.wsUrl(w.id, p.participantToken)}&doc=private`)).toEqual(step1);
  });

  it("answers an addNote of the sender's own existing note as a duplicate; another's stays 409", async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const [a, b] = [await t.join(w.joinCode), await t.join(w.joinCode)];
    const add = (commandId: string, token: string) =>
      t.api(
        'POST',
        `/api/workshops/${w.id}/commands`,
        { type: 'addNote', commandId, noteId: 'note-kept', lane: 'citizen', text: '見守り' },
        token,
      );
    expect((await add('first-cmd', a.participantToken)).status).toBe(200);
    // The same note again under a new command id: what a tablet re-sends after a restore.
    const again = await add('second-cmd', a.participantToken);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, noteId: 'note-kept', note: { text: '見守り' } });
    expect((await add('third-cmd', b?.participantToken ?? '')).status).toBe(409);
    const shown = await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken);
    expect(shown.body.notes).toBe(1);
  });
});
