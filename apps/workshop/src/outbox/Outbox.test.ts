import type { Command } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { Outbox } from './Outbox';
import { memoryOutboxStore } from './outboxStore';

function add(n: number): Command {
  return { type: 'addNote', commandId: `cmd-${n}`, noteId: `note-${n}`, lane: 'citizen', text: `メモ${n}` };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Outbox', () => {
  it('sends in order and removes each command only after the server accepts it', async () => {
    const store = memoryOutboxStore();
    const sent: string[] = [];
    const outbox = new Outbox(store, async (c) => {
      sent.push(c.commandId);
    });
    await outbox.enqueue(add(1));
    await outbox.enqueue(add(2));
    await outbox.flush();
    await tick();
    expect(sent).toEqual(['cmd-1', 'cmd-2']);
    expect(await store.load()).toEqual([]);
    expect(outbox.snapshot.entries).toEqual([]);
  });

  it('keeps commands while offline and sends each exactly once after a reload', async () => {
    const store = memoryOutboxStore();
    const offline = new Outbox(store, async () => {
      throw new ApiError(0, 'network', '', '');
    });
    await offline.enqueue(add(1));
    await offline.enqueue(add(2));
    expect(offline.snapshot.entries).toHaveLength(2);
    offline.close();

    const received: string[] = [];
    const reloaded = new Outbox(store, async (c) => {
      received.push(c.commandId);
    });
    await reloaded.ready;
    await reloaded.flush();
    await tick();
    expect(received).toEqual(['cmd-1', 'cmd-2']);
    expect(await store.load()).toEqual([]);
    reloaded.close();
  });

  it('drops a command the server refuses for good and reports it, without blocking the rest', async () => {
    const store = memoryOutboxStore();
    const sent: string[] = [];
    const outbox = new Outbox(store, async (c) => {
      if (c.commandId === 'cmd-1')
        throw new ApiError(403, 'forbidden', '自分のメモだけ', 'Only your own notes');
      sent.push(c.commandId);
    });
    await outbox.enqueue(add(1));
    await outbox.enqueue(add(2));
    await outbox.flush();
    await tick();
    expect(sent).toEqual(['cmd-2']);
    expect(outbox.snapshot.rejected[0]?.error.code).toBe('forbidden');
    expect(await store.load()).toEqual([]);
  });

  it('keeps every refusal, with its text and reason, across a reload until each is dismissed', async () => {
    const store = memoryOutboxStore();
    const phaseMoved = async () => {
      throw new ApiError(409, 'phase_locked', 'いまは書けません', 'Not writing time');
    };
    const first = new Outbox(store, phaseMoved);
    await first.enqueue(add(1));
    await first.enqueue(add(2));
    await first.enqueue(add(3));
    await first.flush();
    await tick();
    const texts = (o: Outbox) => o.snapshot.rejected.map((r) => ('text' in r.command ? r.command.text : ''));
    expect(texts(first)).toEqual(['メモ1', 'メモ2', 'メモ3']);
    expect(first.snapshot.rejected.map((r) => r.error.en)).toEqual(Array(3).fill('Not writing time'));
    expect(first.snapshot.entries).toEqual([]);
    first.close();

    const reloaded = new Outbox(store, phaseMoved);
    await reloaded.ready;
    expect(texts(reloaded)).toEqual(['メモ1', 'メモ2', 'メモ3']);
    expect(reloaded.snapshot.rejected[0]?.error).toEqual({
      status: 409,
      code: 'phase_locked',
      ja: 'いまは書けません',
      en: 'Not writing time',
    });
    await reloaded.dismiss('cmd-2');
    expect(texts(reloaded)).toEqual(['メモ1', 'メモ3']);
    reloaded.close();

    const again = new Outbox(store, phaseMoved);
    await again.ready;
    expect(texts(again)).toEqual(['メモ1', 'メモ3']);
  });

  it('records a refusal once when a crash left the refused command in the queue', async () => {
    const store = memoryOutboxStore([{ command: add(1), enqueuedAt: '2026-11-26T10:00:00.000Z' }]);
    await store.addRefused({
      command: add(1),
      error: { status: 403, code: 'forbidden', ja: '', en: '' },
      refusedAt: '2026-11-26T10:00:01.000Z',
    });
    const outbox = new Outbox(store, async () => {
      throw new ApiError(403, 'forbidden', '', '');
    });
    await outbox.ready;
    await outbox.flush();
    await tick();
    expect(outbox.snapshot.rejected).toHaveLength(1);
    expect(await store.loadRefused()).toHaveLength(1);
    expect(await store.load()).toEqual([]);
  });
});
