import {
  type Command,
  getNote,
  type Note,
  type NoteId,
  notesMap,
  type ParticipantId,
  patchNote,
  putNote,
  type WorkshopId,
} from '@chiiki/model';
import type * as Y from 'yjs';
import type { TokenClaims } from '../auth/tokens';
import type { Limiters } from '../context';
import { ApiError } from '../http/errors';
import { StoreUnavailableError } from '../store/readRoomLog';
import type { Room } from '../sync/room';
import { checkOwner, checkPhase, checkPlanKeys, planOf } from './rules';

/** What a command answers: the note as it now is (absent after a delete). */
export type CommandResult = { type: Command['type']; noteId: string; note?: Note };

/** How long an HTTP command waits for the disk before answering 503 (the client then retries). */
const DURABLE_TIMEOUT_MS = 10_000;
const inflight = new Map<string, Promise<CommandResult>>();

function nextOrder(doc: Y.Doc, lane: string): number {
  let max = 0;
  for (const map of notesMap(doc).values()) {
    const order = (map.get('position') as { order?: unknown } | undefined)?.order;
    if (map.get('lane') === lane && typeof order === 'number' && order > max) max = order;
  }
  return max + 1;
}

function existing(room: Room, id: string): Note {
  const note = getNote(room.doc, room.id, id as NoteId);
  if (!note) throw new ApiError(404, 'note_not_found');
  return note;
}

/** Validates a command against the rules and returns the change to make (not yet made). */
function plan(room: Room, claims: TokenClaims, command: Command, limiters: Limiters) {
  const { doc } = room;
  checkPhase(doc, claims.role);
  checkPlanKeys(planOf(doc), command);
  const now = new Date().toISOString();
  const id = command.noteId as NoteId;
  switch (command.type) {
    case 'addNote': {
      if (notesMap(doc).has(id)) throw new ApiError(409, 'note_exists');
      if (claims.role === 'participant' && !limiters.notes.take(`${room.id}:${claims.pid}`)) {
        throw new ApiError(429, 'rate_limited');
      }
      const note: Note = {
        typeName: 'note',
        id,
        workshopId: room.id as WorkshopId,
        lane: command.lane,
        text: command.text,
        authorId: claims.pid as ParticipantId,
        position: { order: nextOrder(doc, command.lane) },
        createdAt: now,
        updatedAt: now,
        ...(command.goalCode === undefined ? {} : { goalCode: command.goalCode }),
      };
      return { note, change: (d: Y.Doc) => putNote(d, note) };
    }
    case 'editNote': {
      const before = existing(room, id);
      checkOwner(claims.role, claims.pid, before.authorId);
      const patch = { text: command.text, updatedAt: now, goalCode: command.goalCode ?? before.goalCode };
      return { note: { ...before, ...patch }, change: (d: Y.Doc) => void patchNote(d, id, patch) };
    }
    case 'moveNote': {
      const before = existing(room, id);
      checkOwner(claims.role, claims.pid, before.authorId);
      const position = command.position ?? { order: nextOrder(doc, command.lane) };
      const patch = { lane: command.lane, position, updatedAt: now };
      return { note: { ...before, ...patch }, change: (d: Y.Doc) => void patchNote(d, id, patch) };
    }
    case 'deleteNote': {
      const before = existing(room, id);
      checkOwner(claims.role, claims.pid, before.authorId);
      return { note: undefined, change: (d: Y.Doc) => notesMap(d).delete(id) };
    }
  }
}

async function execute(room: Room, claims: TokenClaims, command: Command, limiters: Limiters) {
  if (room.storeFailing) throw new ApiError(503, 'store_unavailable');
  const { note, change } = plan(room, claims, command, limiters);
  const result: CommandResult = { type: command.type, noteId: command.noteId, ...(note ? { note } : {}) };
  // The log and memory keep only the command's identity; a repeat reads the note as it is now.
  const applied = {
    commandId: command.commandId,
    participantId: claims.pid,
    result: { type: command.type, noteId: command.noteId },
  };
  try {
    await room.applyCommand(applied, change);
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw new ApiError(503, 'store_unavailable');
    throw error;
  }
  return result;
}

/**
 * Applies a participant's or facilitator's command exactly once. A command id seen before gets
 * the first answer again (duplicate: true); a command id still being written waits for that write.
 * The answer is sent only after the change is on disk.
 */
export async function runCommand(
  room: Room,
  claims: TokenClaims,
  command: Command,
  limiters: Limiters,
): Promise<CommandResult & { duplicate: boolean }> {
  const seen = room.applied.get(command.commandId);
  if (seen) {
    if (seen.participantId !== claims.pid) throw new ApiError(409, 'command_conflict');
    const note = getNote(room.doc, room.id, command.noteId as NoteId);
    return { type: command.type, noteId: command.noteId, ...(note ? { note } : {}), duplicate: true };
  }
  const key = `${room.id}:${claims.pid}:${command.commandId}`;
  let pending = inflight.get(key);
  const first = !pending;
  if (!pending) {
    pending = execute(room, claims, command, limiters);
    inflight.set(key, pending);
    pending.then(
      () => inflight.delete(key),
      () => inflight.delete(key),
    );
  }
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new ApiError(503, 'store_unavailable')), DURABLE_TIMEOUT_MS).unref(),
  );
  const result = await Promise.race([pending, timeout]);
  return { ...result, duplicate: !first };
}
