import { type BoardCommand, getNote, type NoteId } from '@chiiki/model';
import type { TokenClaims } from '../auth/tokens';
import type { ServerContext } from '../context';
import { ApiError } from '../http/errors';
import { peekPrivate } from '../private/privateDocs';
import { settle } from '../private/settle';
import { StoreUnavailableError } from '../store/readRoomLog';
import type { Room } from '../sync/room';
import { FACILITATOR_HANDLERS } from './facilitator';
import { GROUP_HANDLERS } from './groups';
import { NOTE_HANDLERS } from './notes';
import { checkPhase } from './rules';
import type { CommandHandler, CommandResult } from './types';
import { VOTE_HANDLERS } from './votes';

/** How long an HTTP command waits for the disk before answering 503 (the client then retries). */
const DURABLE_TIMEOUT_MS = 10_000;
const inflight = new Map<string, Promise<CommandResult>>();
const HANDLERS: Record<BoardCommand['type'], CommandHandler> = {
  ...NOTE_HANDLERS,
  ...VOTE_HANDLERS,
  ...FACILITATOR_HANDLERS,
  ...GROUP_HANDLERS,
};

async function execute(ctx: ServerContext, main: Room, claims: TokenClaims, command: BoardCommand) {
  if (main.storeFailing) throw new ApiError(503, 'store_unavailable');
  checkPhase(main.doc, claims.role, command);
  // The log and memory keep only the command's identity; a repeat reads the note as it is now.
  const applied = {
    commandId: command.commandId,
    participantId: claims.pid,
    result: { type: command.type, ...('noteId' in command ? { noteId: command.noteId } : {}) },
  };
  try {
    return await HANDLERS[command.type]({ ctx, workshopId: main.id, main, claims, command, applied });
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw new ApiError(503, 'store_unavailable');
    throw error;
  }
}

async function seenBefore(ctx: ServerContext, main: Room, claims: TokenClaims, commandId: string) {
  const shared = main.applied.get(commandId);
  if (shared) return shared;
  const own = await peekPrivate(ctx, main.id, claims.pid);
  return own?.applied.get(commandId);
}

/**
 * An addNote whose note id is already the sender's own note (on the board or in their drafts):
 * the same note sent again (decision 0012: after a restored backup a tablet re-adds its notes by
 * id, while the note may also come back another way). Someone else's id stays a 409 conflict.
 */
async function ownNoteAlready(ctx: ServerContext, main: Room, claims: TokenClaims, command: BoardCommand) {
  if (command.type !== 'addNote') return undefined;
  const id = command.noteId as NoteId;
  const shared = getNote(main.doc, main.id, id);
  const own = shared ? undefined : await peekPrivate(ctx, main.id, claims.pid);
  const draft = own && getNote(own.doc, main.id, id);
  const note = shared ?? draft;
  if (note?.authorId !== claims.pid) return undefined;
  // The note may have come with a change still being written (another command id, a sync).
  const holder = shared ? main : own;
  if (!holder || !(await withinDurableTimeout(holder.durable())))
    throw new ApiError(503, 'store_unavailable');
  return { type: command.type, noteId: id, note, private: !shared, duplicate: true };
}

/**
 * Applies a participant's or facilitator's command exactly once. A command id seen before (in
 * the shared room or the sender's private doc) is answered again with duplicate: true and the
 * note as it is now; so is an addNote of a note the sender already has. A command id still being
 * written waits for that write. The answer is sent only after the change is on disk.
 */
export async function runCommand(
  ctx: ServerContext,
  main: Room,
  claims: TokenClaims,
  command: BoardCommand,
): Promise<CommandResult & { duplicate: boolean }> {
  const key = `${main.id}:${claims.pid}:${command.commandId}`;
  const seen = await seenBefore(ctx, main, claims, command.commandId);
  if (seen) {
    if (seen.participantId !== claims.pid) throw new ApiError(409, 'command_conflict');
    // The first copy may still be on its way to the disk: a repeat is answered only once the
    // first is durable (and fails as it does), or a crash could lose what the repeat acknowledged.
    const firstCopy = inflight.get(key);
    if (firstCopy) await withinDurableTimeout(firstCopy);
    // A retried phase or voting change finishes a settle its first attempt may not have.
    if (command.type === 'setPhase' || command.type === 'setVoting') await settle(ctx, main.id);
    const id = 'noteId' in command ? (command.noteId as NoteId) : undefined;
    const own = id && (await peekPrivate(ctx, main.id, claims.pid));
    const note = id && (getNote(main.doc, main.id, id) ?? (own ? getNote(own.doc, main.id, id) : undefined));
    return {
      type: command.type,
      ...('noteId' in command ? { noteId: command.noteId } : {}),
      ...(note ? { note } : {}),
      duplicate: true,
    };
  }
  const again = await ownNoteAlready(ctx, main, claims, command);
  if (again) return again;
  let pending = inflight.get(key);
  const first = !pending;
  if (!pending) {
    pending = execute(ctx, main, claims, command);
    inflight.set(key, pending);
    pending.then(
      () => inflight.delete(key),
      () => inflight.delete(key),
    );
  }
  const result = await withinDurableTimeout(pending);
  return { ...result, duplicate: !first };
}

/**
 * Waits for a command's write, answering 503 after DURABLE_TIMEOUT_MS (the client retries). The
 * timer is cleared as soon as the write settles, so a busy hall does not keep ten seconds of
 * timers (each holding its promise and closure) alive behind its commands.
 */
async function withinDurableTimeout<T>(pending: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ApiError(503, 'store_unavailable')), DURABLE_TIMEOUT_MS).unref();
  });
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
