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
    expect(outbox.snapshot.rejected?.error.code).toBe('forbidden');
    expect(await store.load()).toEqual([]);
  });
});
