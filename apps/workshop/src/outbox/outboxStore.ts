import type { BoardCommand, Command } from '@chiiki/model';

/** What a participant's tablet sends: note commands and dot votes (never facilitator commands). */
export type ParticipantCommand = Command | Extract<BoardCommand, { type: 'vote' | 'unvote' }>;

import { createStore, get, type UseStore, update } from 'idb-keyval';

/** One command waiting to be accepted by the server. */
export interface OutboxEntry {
  command: ParticipantCommand;
  enqueuedAt: string;
}

/**
 * A command the server refused for good, kept as plain data (not an ApiError) so it survives
 * IndexedDB's structured clone and a reload: a refused note must stay in sight, with its text and
 * the reason, until the person dismisses it or takes the text back into the composer.
 */
export interface Refusal {
  command: ParticipantCommand;
  error: { status: number; code: string; ja: string; en: string };
  refusedAt: string;
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
  loadRefused(): Promise<Refusal[]>;
  /** Records a refusal; a second one for the same commandId (a crash before its removal) is ignored. */
  addRefused(refusal: Refusal): Promise<void>;
  dismissRefused(commandId: string): Promise<void>;
}

function withRefusal(list: Refusal[] | undefined, refusal: Refusal): Refusal[] {
  const id = refusal.command.commandId;
  const current = list ?? [];
  return current.some((r) => r.command.commandId === id) ? current : [...current, refusal];
}

/**
 * The IndexedDB-backed store; each change is one read-modify-write transaction (idb-keyval
 * update). Refusals live under their own key beside the queue, so the queue stays a plain list.
 */
export function idbOutboxStore(key: string): OutboxStore {
  const refusedKey = `${key}:refused`;
  return {
    load: async () => (await get<OutboxEntry[]>(key, db())) ?? [],
    append: (entry) => update<OutboxEntry[]>(key, (list) => [...(list ?? []), entry], db()),
    remove: (commandId) =>
      update<OutboxEntry[]>(
        key,
        (list) => (list ?? []).filter((e) => e.command.commandId !== commandId),
        db(),
      ),
    loadRefused: async () => (await get<Refusal[]>(refusedKey, db())) ?? [],
    addRefused: (refusal) => update<Refusal[]>(refusedKey, (list) => withRefusal(list, refusal), db()),
    dismissRefused: (commandId) =>
      update<Refusal[]>(
        refusedKey,
        (list) => (list ?? []).filter((r) => r.command.commandId !== commandId),
        db(),
      ),
  };
}

/** An in-memory store, for tests and for browsers where IndexedDB is unavailable. */
export function memoryOutboxStore(initial: OutboxEntry[] = []): OutboxStore {
  let list = [...initial];
  let refused: Refusal[] = [];
  return {
    load: async () => [...list],
    append: async (entry) => {
      list = [...list, entry];
    },
    remove: async (commandId) => {
      list = list.filter((e) => e.command.commandId !== commandId);
    },
    loadRefused: async () => [...refused],
    addRefused: async (refusal) => {
      refused = withRefusal(refused, refusal);
    },
    dismissRefused: async (commandId) => {
      refused = refused.filter((r) => r.command.commandId !== commandId);
    },
  };
}
