import {
  type BoardCommand,
  getNote,
  getPhase,
  type Note,
  type NoteId,
  notesMap,
  type ParticipantId,
  PHASE_RULES,
  patchNote,
  putNote,
  type WorkshopId,
} from '@chiiki/model';
import * as Y from 'yjs';
import { ApiError } from '../http/errors';
import { recordAudit } from '../private/audit';
import { openPrivate, peekPrivate } from '../private/privateDocs';
import type { Room } from '../sync/room';
import { checkLane, checkOwner, checkPlanKeys, planOf } from './rules';
import type { CommandHandler, CommandRun } from './types';

type NoteCommand = Extract<BoardCommand, { type: 'addNote' | 'editNote' | 'moveNote' | 'deleteNote' }>;

function nextOrder(doc: Y.Doc, lane: string): number {
  let max = 0;
  for (const map of notesMap(doc).values()) {
    if (!(map instanceof Y.Map)) continue; // a malformed entry, which the readers skip too
    const order = (map.get('position') as { order?: unknown } | undefined)?.order;
    if (map.get('lane') === lane && typeof order === 'number' && order > max) max = order;
  }
  return max + 1;
}

/** The note and the room holding it: the shared board, or else the sender's own drafts. */
async function locate(run: CommandRun, id: NoteId): Promise<{ room: Room; note: Note; private: boolean }> {
  const shared = getNote(run.main.doc, run.workshopId, id);
  if (shared) return { room: run.main, note: shared, private: false };
  const own = await peekPrivate(run.ctx, run.workshopId, run.claims.pid);
  const draft = own && getNote(own.doc, run.workshopId, id);
  if (own && draft) return { room: own, note: draft, private: true };
  throw new ApiError(404, 'note_not_found');
}

async function addNote(run: CommandRun<Extract<NoteCommand, { type: 'addNote' }>>) {
  const { command, claims, main, workshopId } = run;
  checkPlanKeys(planOf(main.doc), command);
  checkLane(main.doc, claims.role, command.lane);
  const id = command.noteId as NoteId;
  const isPrivate = PHASE_RULES[getPhase(main.doc)].privateNotes;
  const room = isPrivate ? await openPrivate(run.ctx, workshopId, claims.pid) : main;
  if (notesMap(main.doc).has(id) || notesMap(room.doc).has(id)) throw new ApiError(409, 'note_exists');
  if (claims.role === 'participant' && !run.ctx.limiters.notes.take(`${workshopId}:${claims.pid}`)) {
    throw new ApiError(429, 'rate_limited');
  }
  const now = new Date().toISOString();
  const note: Note = {
    typeName: 'note',
    id,
    workshopId: workshopId as WorkshopId,
    lane: command.lane,
    text: command.text,
    authorId: claims.pid as ParticipantId,
    position: { order: nextOrder(room.doc, command.lane) },
    createdAt: now,
    updatedAt: now,
    ...(command.goalCode === undefined ? {} : { goalCode: command.goalCode }),
    ...(command.onBehalf ? { onBehalf: true } : {}),
  };
  await room.applyCommand(run.applied, (d) => putNote(d, note));
  return { type: command.type, noteId: id, note, private: isPrivate };
}

async function changeNote(run: CommandRun<Exclude<NoteCommand, { type: 'addNote' }>>) {
  const { command, claims, main } = run;
  const lane = 'lane' in command ? command.lane : undefined;
  checkPlanKeys(planOf(main.doc), { lane, goalCode: 'goalCode' in command ? command.goalCode : undefined });
  const id = command.noteId as NoteId;
  const found = await locate(run, id);
  checkOwner(claims.role, claims.pid, found.note.authorId);
  checkLane(main.doc, claims.role, found.note.lane, lane);
  const now = new Date().toISOString();
  const base = { type: command.type, noteId: id, private: found.private };
  if (command.type === 'deleteNote') {
    if (found.note.authorId !== claims.pid && !found.private) {
      const entry = {
        typeName: 'audit',
        action: 'delete',
        note: found.note,
        by: claims.pid,
        at: now,
        reason: '',
      };
      await recordAudit(run.ctx, run.workshopId, [entry as Parameters<typeof recordAudit>[2][number]]);
    }
    await found.room.applyCommand(run.applied, (d) => notesMap(d).delete(id));
    return base;
  }
  const patch =
    command.type === 'editNote'
      ? { text: command.text, updatedAt: now, goalCode: command.goalCode ?? found.note.goalCode }
      : {
          lane: command.lane,
          position: command.position ?? { order: nextOrder(found.room.doc, command.lane) },
          updatedAt: now,
        };
  await found.room.applyCommand(run.applied, (d) => void patchNote(d, id, patch));
  return { ...base, note: { ...found.note, ...patch } };
}

/** The note commands: adding goes to the sender's private doc while writing is silent. */
export const NOTE_HANDLERS = {
  addNote: addNote as CommandHandler,
  editNote: changeNote as CommandHandler,
  moveNote: changeNote as CommandHandler,
  deleteNote: changeNote as CommandHandler,
};
