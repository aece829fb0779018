import { describe, expect, it } from 'vitest';
import { addNumberedNote, startTestServer } from '../testing/harness';
import { SyncClient, until } from '../testing/syncClient';

describe('phase rules', () => {
  it('takes no participant notes once the facilitator starts voting', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const p = await t.join(w.joinCode);
    const facilitator = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await until(() => facilitator.synced, 'synced');
    facilitator.doc.getMap('meta').set('phase', 'voting');
    await until(
      () => t.server.context.rooms.peek(w.id)?.doc.getMap('meta').get('phase') === 'voting',
      'phase',
    );
    const res = await addNumberedNote(t, w.id, p.participantToken, 1);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('phase_locked');
    expect((await addNumberedNote(t, w.id, w.facilitatorToken, 2)).status).toBe(200);
  });

  it('limits new notes per participant per minute', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const p = await t.join(w.joinCode);
    const statuses: number[] = [];
    for (let n = 0; n < 22; n++)
      statuses.push((await addNumberedNote(t, w.id, p.participantToken, n)).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});
