import { PHASE_RULES, type Phase } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { startBoard } from '../testing/board';

const OPEN_PHASES: Phase[] = ['preparation', 'writing', 'sharing', 'grouping', 'voting', 'wrapup'];
const expected = (allowed: boolean) => (allowed ? 200 : 409);

describe('phase rules on the server', () => {
  it.each(OPEN_PHASES)('enforces PHASE_RULES for participants in %s', async (phase) => {
    const b = await startBoard(2);
    const [me, other] = b.participants as [(typeof b.participants)[0], (typeof b.participants)[0]];
    await b.phase('sharing');
    const mine = await b.note(me.participantToken, '自分の付箋');
    const theirs = await b.note(other.participantToken, 'ほかの人の付箋');
    await b.phase(phase);
    const rule = PHASE_RULES[phase];
    const add = await b.cmd(me.participantToken, {
      type: 'addNote',
      noteId: `add-${phase}`,
      lane: 'city',
      text: '新しい',
    });
    expect(add.status).toBe(expected(rule.addNote));
    if (!rule.addNote) expect(add.body.error.code).toBe('phase_locked');
    const edit = await b.cmd(me.participantToken, { type: 'editNote', noteId: mine, text: '直した' });
    expect(edit.status).toBe(expected(rule.editOwn));
    const move = await b.cmd(me.participantToken, { type: 'moveNote', noteId: mine, lane: 'council' });
    expect(move.status).toBe(expected(rule.moveOwn));
    const vote = await b.cmd(me.participantToken, { type: 'vote', voteId: `v-${phase}`, noteId: theirs });
    expect(vote.status).toBe(expected(rule.vote));
    const del = await b.cmd(me.participantToken, { type: 'deleteNote', noteId: mine });
    expect(del.status).toBe(expected(rule.deleteOwn));
    // Never someone else's note, never a facilitator command.
    const foreign = await b.cmd(me.participantToken, { type: 'deleteNote', noteId: theirs });
    expect([403, 409]).toContain(foreign.status);
    const steer = await b.cmd(me.participantToken, { type: 'setPhase', phase: 'closed' });
    expect(steer.status).toBe(403);
    expect(steer.body.error.code).toBe('forbidden');
    // The facilitator may still tidy up in every open phase.
    expect(
      (await b.cmd(b.facilitator, { type: 'editNote', noteId: theirs, text: '進行役が直した' })).status,
    ).toBe(200);
  });

  it('refuses participants’ facilitator commands of every kind', async () => {
    const b = await startBoard(1);
    const p = b.participants[0]?.participantToken as string;
    const bodies = [
      { type: 'timer', action: 'set', ms: 60000 },
      { type: 'setLock', locked: true },
      { type: 'setFollow', lane: 'city' },
      { type: 'releaseFollow' },
      { type: 'setVoting', perParticipant: 9, perNote: 9, hidden: false },
      { type: 'putGroup', groupId: 'g-123', lane: 'city', name: 'x' },
      { type: 'addHeadCount', count: 3 },
      { type: 'setSettings', includeNicknames: true },
      { type: 'addNote', noteId: 'behalf-1', lane: 'city', text: '代理', onBehalf: true },
    ];
    for (const body of bodies) {
      const res = await b.cmd(p, body);
      expect(res.status, body.type).toBe(403);
    }
  });

  it('locks the board and single lanes for participants, not for the facilitator', async () => {
    const b = await startBoard(1);
    const p = b.participants[0]?.participantToken as string;
    await b.phase('sharing');
    const note = await b.note(p, '列の付箋', 'city');
    expect((await b.cmd(b.facilitator, { type: 'setLock', locked: true })).status).toBe(200);
    const locked = await b.cmd(p, { type: 'addNote', noteId: 'lock-1', lane: 'city', text: 'x' });
    expect([locked.status, locked.body.error.code]).toEqual([409, 'board_locked']);
    expect(
      (await b.cmd(b.facilitator, { type: 'addNote', noteId: 'lock-2', lane: 'city', text: 'x' })).status,
    ).toBe(200);
    await b.cmd(b.facilitator, { type: 'setLock', locked: false });
    expect(
      (await b.cmd(b.facilitator, { type: 'setLock', lane: 'council', locked: true })).body.locks,
    ).toEqual({
      board: false,
      lanes: ['council'],
    });
    const into = await b.cmd(p, { type: 'moveNote', noteId: note, lane: 'council' });
    expect([into.status, into.body.error.code]).toEqual([409, 'lane_locked']);
    expect((await b.cmd(p, { type: 'addNote', noteId: 'lock-3', lane: 'council', text: 'x' })).status).toBe(
      409,
    );
    expect((await b.cmd(p, { type: 'addNote', noteId: 'lock-4', lane: 'community', text: 'x' })).status).toBe(
      200,
    );
  });

  it('refuses every write once closed, and never reopens', async () => {
    const b = await startBoard(1);
    const p = b.participants[0]?.participantToken as string;
    await b.phase('sharing');
    const note = await b.note(p, '最後の付箋');
    await b.phase('closed');
    for (const token of [p, b.facilitator]) {
      for (const body of [
        { type: 'addNote', noteId: 'late-1', lane: 'city', text: 'x' },
        { type: 'editNote', noteId: note, text: 'x' },
        { type: 'setPhase', phase: 'sharing' },
      ]) {
        const res = await b.cmd(token, body);
        expect([res.status, res.body.error.code]).toEqual([403, 'workshop_closed']);
      }
    }
    const info = await b.t.api('GET', `/api/workshops/${b.id}`, undefined, b.facilitator);
    expect(info.body.workshop.status).toBe('closed');
  });

  it('logs every phase change, going back included', async () => {
    const b = await startBoard(0);
    for (const phase of ['writing', 'sharing', 'writing', 'sharing', 'voting'] as const) await b.phase(phase);
    const exported = await b.t.api('GET', `/api/workshops/${b.id}/export`, undefined, b.facilitator);
    expect(exported.body.phaseLog.map((e: { phase: string }) => e.phase)).toEqual([
      'preparation',
      'writing',
      'sharing',
      'writing',
      'sharing',
      'voting',
    ]);
  });
});
