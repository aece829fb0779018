import { getFollow, getTimer, listGroups, listNotes, timerRemaining } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { startBoard } from '../testing/board';
import { until } from '../testing/syncClient';

describe('facilitator controls', () => {
  it('runs the timer in server time: set, start, pause, resume, add a minute', async () => {
    const b = await startBoard(1);
    const watcher = await b.sync(b.participants[0]?.participantToken as string);
    const timer = (body: Record<string, unknown>) => b.cmd(b.facilitator, { type: 'timer', ...body });
    expect((await timer({ action: 'start' })).body.error.code).toBe('timer_not_set');
    expect((await timer({ action: 'set', ms: 300_000 })).body.timer).toEqual({
      durationMs: 300_000,
      running: false,
      endsAt: null,
      remainingMs: 300_000,
    });
    const started = await timer({ action: 'start' });
    const { now } = (await b.t.api('GET', '/api/time')).body;
    expect(Math.abs(started.body.timer.endsAt - (now + 300_000))).toBeLessThan(1000);
    await until(() => getTimer(watcher.doc)?.running === true, 'timer reaches tablets');
    await new Promise((r) => setTimeout(r, 60));
    const paused = (await timer({ action: 'pause' })).body.timer;
    expect(paused.running).toBe(false);
    expect(paused.remainingMs).toBeLessThan(300_000);
    expect(paused.remainingMs).toBeGreaterThan(295_000);
    const added = (await timer({ action: 'add' })).body.timer;
    expect(added.remainingMs).toBe(paused.remainingMs + 60_000);
    const resumed = (await timer({ action: 'resume' })).body.timer;
    expect(timerRemaining(resumed, Date.now())).toBeGreaterThan(paused.remainingMs + 59_000);
    await until(() => getTimer(watcher.doc)?.durationMs === 360_000, 'tablets follow');
  });

  it('brings everyone to the facilitator’s lane and releases them', async () => {
    const b = await startBoard(1);
    const watcher = await b.sync(b.participants[0]?.participantToken as string);
    expect((await b.cmd(b.facilitator, { type: 'setFollow', lane: 'council', zoom: 1.5 })).status).toBe(200);
    await until(() => getFollow(watcher.doc)?.lane === 'council', 'follow reaches tablets');
    expect(getFollow(watcher.doc)?.zoom).toBe(1.5);
    expect((await b.cmd(b.facilitator, { type: 'setFollow', lane: 'nowhere' })).status).toBe(400);
    await b.cmd(b.facilitator, { type: 'releaseFollow' });
    await until(() => getFollow(watcher.doc) === undefined, 'released');
  });

  it('groups, names, tags, merges and removes notes, keeping an audit trail', async () => {
    const b = await startBoard(2);
    const [a, c] = b.participants as [(typeof b.participants)[0], (typeof b.participants)[0]];
    await b.phase('sharing');
    const n1 = await b.note(a.participantToken, '見守り');
    const n2 = await b.note(c.participantToken, '声かけ');
    const bad = await b.note(c.participantToken, '不適切な内容');
    const behalf = await b.cmd(b.facilitator, {
      type: 'addNote',
      noteId: 'behalf-1',
      lane: 'citizen',
      text: '口頭でいただいた意見',
      onBehalf: true,
    });
    expect(behalf.body.note.onBehalf).toBe(true);
    const f = (body: Record<string, unknown>) => b.cmd(b.facilitator, body);
    expect((await f({ type: 'putGroup', groupId: 'grp-1', lane: 'citizen', name: 'つながり' })).status).toBe(
      200,
    );
    expect((await f({ type: 'groupNotes', groupId: 'grp-1', noteIds: [n1, n2] })).status).toBe(200);
    expect(
      (await f({ type: 'putGroup', groupId: 'grp-1', lane: 'citizen', name: '地域のつながり' })).status,
    ).toBe(200);
    expect((await f({ type: 'tag', target: 'group', id: 'grp-1', goalCode: '1' })).status).toBe(200);
    expect((await f({ type: 'tag', target: 'note', id: n1, goalCode: '2' })).status).toBe(200);
    expect((await f({ type: 'tag', target: 'note', id: n1, goalCode: 'nope' })).status).toBe(400);
    const merged = await f({ type: 'mergeNotes', into: n1, noteIds: [n2] });
    expect(merged.body.note.text).toBe('見守り\n声かけ');
    const removed = await f({ type: 'removeNote', noteId: bad, reason: '個人名が書かれていたため' });
    expect(removed.status).toBe(200);
    const watcher = await b.sync(a.participantToken);
    const notes = listNotes(watcher.doc, b.id);
    expect(notes.map((n) => n.id).sort()).toEqual([n1, 'behalf-1'].sort());
    expect(notes.find((n) => n.id === n1)).toMatchObject({ groupId: 'grp-1', goalCode: '2' });
    expect(listGroups(watcher.doc, b.id)).toMatchObject([{ name: '地域のつながり', goalCode: '1' }]);
    expect(JSON.stringify(watcher.doc.toJSON())).not.toContain('不適切');
    const exported = await b.t.api('GET', `/api/workshops/${b.id}/export`, undefined, b.facilitator);
    expect(exported.body.audit).toMatchObject([
      { action: 'merge', note: { id: n2, text: '声かけ' }, into: n1 },
      { action: 'remove', note: { id: bad, text: '不適切な内容' }, reason: '個人名が書かれていたため' },
    ]);
    expect(exported.body.notes.map((n: { id: string }) => n.id)).not.toContain(bad);
  });

  it('completes attendance with head counts of people without a tablet', async () => {
    const b = await startBoard(2);
    const body = {
      type: 'addHeadCount',
      commandId: 'head-1',
      count: 4,
      affiliation: 'roujin_club',
      ageBand: '70s',
    };
    expect((await b.cmd(b.facilitator, body)).status).toBe(200);
    expect((await b.cmd(b.facilitator, body)).body.duplicate).toBe(true);
    const info = await b.t.api('GET', `/api/workshops/${b.id}`, undefined, b.facilitator);
    expect(info.body.attendance).toEqual({ tablets: 2, headCount: 4, total: 6 });
  });
});
