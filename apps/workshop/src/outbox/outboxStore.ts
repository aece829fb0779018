import type { BoardCommand, Command } from '@chiiki/model';

/** What a participant's tablet sends: note commands and dot votes (never facilitator commands). */
export type ParticipantCommand = Command | Extract<BoardCommand, { type: 'vote' | 'unvote' }>;

import { createStore, get, set, type UseStore, update } from 'idb-keyval';

/** One command waiting to be accepted by the server. */
export interface OutboxEntry {
  command: ParticipantCommand;
  enqueuedAt: string;
}

let store: UseStore | undefined;
function db(): UseStore {
  store ??= createStore('chiiki-outbox', 'commands');
  return store;
}

/** The persisted queue of one participant in one workshop, in IndexedDB so it survives reloads. */
export interface OutboxStore {
  load(): Promise<OutboxEntry[]>;
  append(entry: OutboxEntry): Promise<void>;
  remove(commandId: string): Promise<void>;
}

/** The IndexedDB-backed store; each change is one read-modify-write transaction (idb-keyval update). */
export function idbOutboxStore(key: string): OutboxStore {
  return {
    load: async () => (await get<OutboxEntry[]>(key, db())) ?? [],
    append: (entry) => update<OutboxEntry[]>(key, (list) => [...(list ?? []), entry], db()),
    remove: (commandId) =>
      update<OutboxEntry[]>(
        key,
        (list) => (list ?? []).filter((e) => e.command.commandId !== commandId),
        db(),
      ),
  };
}

/** An in-memory store, for tests and for browsers where IndexedDB is unavailable. */
export function memoryOutboxStore(initial: OutboxEntry[] = []): OutboxStore {
  let list = [...initial];
  return {
    load: async () => [...list],
    append: async (entry) => {
      list = [...list, entry];
    },
    remove: async (commandId) => {
      list = list.filter((e) => e.command.commandId !== commandId);
    },
  };
}

/** Writes a whole list (used only to seed tests). */
export function seedIdbOutbox(key: string, entries: OutboxEntry[]): Promise<void> {
  return set(key, entries, db());
}
