import { votesMap } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { startBoard } from '../testing/board';
import { until } from '../testing/syncClient';

async function votingBoard(hidden: boolean) {
  const b = await startBoard(2);
  await b.phase('sharing');
  const notes = [
    await b.note(b.facilitator, '案1'),
    await b.note(b.facilitator, '案2'),
    await b.note(b.facilitator, '案3'),
  ];
  const settings = await b.cmd(b.facilitator, { type: 'setVoting', perParticipant: 3, perNote: 2, hidden });
  expect(settings.status).toBe(200);
  await b.phase('voting');
  return { b, notes: notes as [string, string, string] };
}

describe('dot voting', () => {
  it('holds each participant to N dots and M per note, and lets them take dots back', async () => {
    const { b, notes } = await votingBoard(false);
    const p = b.participants[0]?.participantToken as string;
    const vote = (voteId: string, noteId: string) => b.cmd(p, { type: 'vote', voteId, noteId });
    expect((await vote('vote-1', notes[0])).body.remaining).toBe(2);
    expect((await vote('vote-2', notes[0])).status).toBe(200);
    const third = await vote('vote-3', notes[0]);
    expect([third.status, third.body.error.code]).toEqual([409, 'note_vote_limit']);
    expect((await vote('vote-4', notes[1])).status).toBe(200);
    const fourth = await vote('vote-5', notes[2]);
    expect([fourth.status, fourth.body.error.code]).toEqual([409, 'vote_limit']);
    expect((await vote('vote-1', notes[2])).body.error.code).toBe('vote_exists');
    // Someone else's dot cannot be taken back; one's own can, and frees a dot.
    const other = b.participants[1]?.participantToken as string;
    expect((await b.cmd(other, { type: 'unvote', voteId: 'vote-4' })).status).toBe(403);
    expect((await b.cmd(p, { type: 'unvote', voteId: 'vote-4' })).status).toBe(200);
    expect((await vote('vote-6', notes[2])).status).toBe(200);
    expect((await b.cmd(p, { type: 'vote', voteId: 'vote-7', noteId: 'missing-note' })).status).toBe(404);
  });

  it('refuses votes outside the voting phase, from facilitators too', async () => {
    const { b, notes } = await votingBoard(false);
    await b.phase('wrapup');
    for (const token of [b.participants[0]?.participantToken as string, b.facilitator]) {
      const res = await b.cmd(token, { type: 'vote', voteId: `late-${token.length}`, noteId: notes[0] });
      expect([res.status, res.body.error.code]).toEqual([409, 'phase_locked']);
    }
  });

  it('keeps hidden votes off every other tablet until voting ends, then publishes them', async () => {
    const { b, notes } = await votingBoard(true);
    const [a, c] = b.participants as [(typeof b.participants)[0], (typeof b.participants)[0]];
    const watcher = await b.sync(c.participantToken);
    const ownA = await b.sync(a.participantToken, 'private');
    expect(
      (await b.cmd(a.participantToken, { type: 'vote', voteId: 'hid-1', noteId: notes[0] })).body.hidden,
    ).toBe(true);
    expect(
      (await b.cmd(a.participantToken, { type: 'vote', voteId: 'hid-2', noteId: notes[1] })).status,
    ).toBe(200);
    expect(
      (await b.cmd(c.participantToken, { type: 'vote', voteId: 'hid-3', noteId: notes[1] })).status,
    ).toBe(200);
    await until(() => votesMap(ownA.doc).size === 2, 'A sees its own hidden votes');
    await new Promise((r) => setTimeout(r, 150));
    expect(votesMap(watcher.doc).size).toBe(0);
    // Limits count hidden votes too.
    await b.cmd(a.participantToken, { type: 'vote', voteId: 'hid-4', noteId: notes[1] });
    expect(
      (await b.cmd(a.participantToken, { type: 'vote', voteId: 'hid-5', noteId: notes[2] })).body.error.code,
    ).toBe('vote_limit');
    await b.phase('wrapup');
    await until(() => votesMap(watcher.doc).size === 4, 'published after voting');
    await until(() => votesMap(ownA.doc).size === 0, 'private votes cleared');
  });

  it('lets no burst of simultaneous votes past the limits, hidden or not', async () => {
    for (const hidden of [false, true]) {
      const { b, notes } = await votingBoard(hidden);
      const p = b.participants[0]?.participantToken as string;
      const sent = Array.from({ length: 10 }, (_, i) =>
        b.cmd(p, { type: 'vote', voteId: `burst-${i}`, noteId: notes[i % 3] as string }),
      );
      const statuses = (await Promise.all(sent)).map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(3);
      expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    }
  });
});
