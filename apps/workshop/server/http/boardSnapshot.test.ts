import { getPhase, getPlan, getVoting, listGroups, listNotes, listVotes } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { startBoard } from '../testing/board';
import { until } from '../testing/syncClient';

describe('GET /api/workshops/:id/board', () => {
  it('answers what the shared doc holds, and nothing of anyone’s private drafts', async () => {
    const b = await startBoard(2);
    const [a, c] = b.participants as [(typeof b.participants)[0], (typeof b.participants)[0]];
    await b.phase('sharing');
    const shared = [
      await b.note(a.participantToken, 'A の考え'),
      await b.note(b.facilitator, '全体の考え', 'city'),
    ];
    await b.phase('writing');
    const draft = await b.note(c.participantToken, 'C の下書き');
    const replica = await b.sync(a.participantToken);
    await until(() => listNotes(replica.doc, b.id).length === 2, 'shared notes on the replica');
    const res = await fetch(`${b.t.server.url}/api/workshops/${b.id}/board`, {
      headers: { authorization: `Bearer ${a.participantToken}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
    const body = (await res.json()) as any;
    // The JSON round trip of the replica's own readings: what its board draws.
    const shown = JSON.parse(
      JSON.stringify({
        plan: getPlan(replica.doc) ?? null,
        phase: getPhase(replica.doc),
        notes: listNotes(replica.doc, b.id),
        votes: listVotes(replica.doc, b.id),
        groups: listGroups(replica.doc, b.id),
        voting: getVoting(replica.doc),
      }),
    );
    expect(body.phase).toBe('writing');
    expect({
      plan: body.plan,
      phase: body.phase,
      notes: body.notes,
      votes: body.facilitation.votes,
      groups: body.facilitation.groups,
      voting: body.facilitation.voting,
    }).toEqual(shown);
    expect(body.notes.map((n: { id: string }) => n.id).sort()).toEqual([...shared].sort());
    expect(JSON.stringify(body)).not.toContain(draft);
    // The facilitator's answer is the same board: drafts stay private for everyone.
    const facilitator = await b.t.api('GET', `/api/workshops/${b.id}/board`, undefined, b.facilitator);
    expect(facilitator.body).toEqual(body);
  });

  it('refuses like the board’s socket: no, wrong, expired or another workshop’s token, closed workshop', async () => {
    const b = await startBoard(1);
    const other = await b.t.createWorkshop();
    const path = `/api/workshops/${b.id}/board`;
    const token = b.participants[0]?.participantToken;
    expect((await b.t.api('GET', path)).status).toBe(401);
    expect((await b.t.api('GET', path, undefined, `${token}x`)).status).toBe(401);
    const expired = await b.t.server.context.tokens.sign(
      { wid: b.id, role: 'participant', pid: 'p-expired', name: '' },
      -10,
    );
    expect((await b.t.api('GET', path, undefined, expired)).body.error.code).toBe('unauthorized');
    const wrong = await b.t.api('GET', path, undefined, other.facilitatorToken);
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'wrong_workshop']);
    expect((await b.t.api('GET', `/api/workshops/${b.id}/board`, undefined, token)).status).toBe(200);
    expect((await b.t.api('POST', `/api/workshops/${b.id}/close`, {}, b.facilitator)).status).toBe(200);
    const closed = await b.t.api('GET', path, undefined, token);
    expect([closed.status, closed.body.error.code]).toEqual([403, 'workshop_closed']);
    expect(closed.body.error.ja).toMatch(/[ぁ-んァ-ン一-龥]/);
  });
});
