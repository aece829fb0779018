import {
  type AuditEntry,
  type BoardCommand,
  deleteGroup,
  type GroupId,
  getGroup,
  getNote,
  groupsMap,
  NOTE_TEXT_MAX,
  type Note,
  type NoteId,
  notesMap,
  type ParticipantId,
  patchNote,
  putGroup,
  votesMap,
  type WorkshopId,
} from '@chiiki/model';
import * as Y from 'yjs';
import { ApiError } from '../http/errors';
import { recordAudit } from '../private/audit';
import { checkPlanKeys, planOf } from './rules';
import type { CommandHandler, CommandRun } from './types';

type Of<T extends BoardCommand['type']> = CommandRun<Extract<BoardCommand, { type: T }>>;

function notesOf(run: CommandRun, ids: readonly string[]): Note[] {
  return ids.map((id) => {
    const note = getNote(run.main.doc, run.workshopId, id as NoteId);
    if (!note) throw new ApiError(404, 'note_not_found');
    return note;
  });
}

async function put(run: Of<'putGroup'>) {
  const { command, main, workshopId } = run;
  checkPlanKeys(planOf(main.doc), command);
  const group = {
    typeName: 'group' as const,
    id: command.groupId as GroupId,
    workshopId: workshopId as WorkshopId,
    lane: command.lane,
    name: command.name,
    ...(command.goalCode === undefined ? {} : { goalCode: command.goalCode }),
  };
  await main.applyCommand(run.applied, (doc) => putGroup(doc, group));
  return { type: command.type, group };
}

async function remove(run: Of<'deleteGroup'>) {
  const id = run.command.groupId as GroupId;
  if (!getGroup(run.main.doc, run.workshopId, id)) throw new ApiError(404, 'group_not_found');
  await run.main.applyCommand(run.applied, (doc) => {
    for (const [noteId, map] of notesMap(doc).entries()) {
      if (map instanceof Y.Map && map.get('groupId') === id)
        patchNote(doc, noteId as NoteId, { groupId: undefined });
    }
    deleteGroup(doc, id);
  });
  return { type: run.command.type, groupId: id };
}

async function group(run: Of<'groupNotes'>) {
  const { command, main, workshopId } = run;
  const id = command.groupId as GroupId | null;
  if (id !== null && !getGroup(main.doc, workshopId, id)) throw new ApiError(404, 'group_not_found');
  const notes = notesOf(run, command.noteIds);
  await main.applyCommand(run.applied, (doc) => {
    for (const note of notes) patchNote(doc, note.id, { groupId: id ?? undefined });
  });
  return { type: command.type, groupId: id, noteIds: command.noteIds };
}

async function tag(run: Of<'tag'>) {
  const { command, main, workshopId } = run;
  checkPlanKeys(planOf(main.doc), { goalCode: command.goalCode });
  const goal = command.goalCode ?? undefined;
  if (command.target === 'note') {
    notesOf(run, [command.id]);
    const at = new Date().toISOString();
    await main.applyCommand(
      run.applied,
      (doc) => void patchNote(doc, command.id as NoteId, { goalCode: goal, updatedAt: at }),
    );
  } else {
    if (!getGroup(main.doc, workshopId, command.id as GroupId)) throw new ApiError(404, 'group_not_found');
    await main.applyCommand(run.applied, (doc) => {
      const map = groupsMap(doc).get(command.id);
      if (goal === undefined) map?.delete('goalCode');
      else map?.set('goalCode', goal);
    });
  }
  return { type: command.type, target: command.target, id: command.id, goalCode: command.goalCode };
}

function auditOf(
  run: CommandRun,
  note: Note,
  action: AuditEntry['action'],
  reason: string,
  into?: string,
): AuditEntry {
  return {
    typeName: 'audit',
    action,
    note,
    by: run.claims.pid as ParticipantId,
    at: new Date().toISOString(),
    reason,
    ...(into ? { into } : {}),
  };
}

function dropNotes(doc: Y.Doc, ids: ReadonlySet<string>, into?: NoteId): void {
  for (const id of ids) notesMap(doc).delete(id);
  for (const [voteId, vote] of votesMap(doc).entries()) {
    if (!ids.has(vote.noteId)) continue;
    if (into) votesMap(doc).set(voteId, { ...vote, noteId: into });
    else votesMap(doc).delete(voteId);
  }
}

async function merge(run: Of<'mergeNotes'>) {
  const { command, main } = run;
  const [target] = notesOf(run, [command.into]) as [Note];
  const others = notesOf(
    run,
    command.noteIds.filter((id) => id !== command.into),
  );
  const text = [target.text, ...others.map((n) => n.text)].join('\n');
  if (text.length > NOTE_TEXT_MAX) throw new ApiError(400, 'merge_too_long');
  await recordAudit(
    run.ctx,
    run.workshopId,
    others.map((n) => auditOf(run, n, 'merge', '', target.id)),
  );
  const at = new Date().toISOString();
  await main.applyCommand(run.applied, (doc) => {
    patchNote(doc, target.id, { text, updatedAt: at });
    dropNotes(doc, new Set(others.map((n) => n.id)), target.id);
  });
  return { type: command.type, noteId: target.id, note: { ...target, text, updatedAt: at } };
}

async function removeNote(run: Of<'removeNote'>) {
  const [note] = notesOf(run, [run.command.noteId]) as [Note];
  await recordAudit(run.ctx, run.workshopId, [auditOf(run, note, 'remove', run.command.reason)]);
  await run.main.applyCommand(run.applied, (doc) => dropNotes(doc, new Set([note.id])));
  return { type: run.command.type, noteId: note.id };
}

/**
 * The facilitator's sorting tools: groups, goal tags, merging, and removing a note. A merged or
 * removed note goes to the audit trail (on disk first), never simply destroyed; votes on a merged
 * note follow it into the note it joined.
 */
export const GROUP_HANDLERS = {
  putGroup: put as CommandHandler,
  deleteGroup: remove as CommandHandler,
  groupNotes: group as CommandHandler,
  tag: tag as CommandHandler,
  mergeNotes: merge as CommandHandler,
  removeNote: removeNote as CommandHandler,
};
