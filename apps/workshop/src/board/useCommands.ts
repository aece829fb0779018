import { type Command, type CommandId, getPhase, newId, notesMap, PHASE_RULES } from '@chiiki/model';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { api } from '../api/client';
import { Outbox, type OutboxState } from '../outbox/Outbox';
import { idbOutboxStore, type ParticipantCommand } from '../outbox/outboxStore';
import type { Session } from '../session/session';
import { applyToDoc } from './applyToDoc';

/** A command without its id: the hook gives each one a fresh client-made commandId. */
export type Intent = ParticipantCommand extends infer C
  ? C extends ParticipantCommand
    ? Omit<C, 'commandId'>
    : never
  : never;

const EMPTY: OutboxState = { entries: [] };

/**
 * Whether a facilitator's note command must go through the server: a new note during silent
 * writing (it belongs in their private doc, like everyone's) and any change to a note that is not
 * on the shared board (one of their own drafts).
 */
function viaServer(doc: Y.Doc, command: Command): boolean {
  if (command.type === 'addNote') return PHASE_RULES[getPhase(doc)].privateNotes;
  return !notesMap(doc).has(command.noteId);
}

/**
 * One way to act on the board for both roles: a facilitator's intent is written into the
 * Y.Doc; a participant's goes into the persistent outbox and reaches the doc only through the
 * server, so participants never write CRDT updates.
 */
export function useCommands(session: Session, doc: Y.Doc | undefined, online: boolean) {
  const [outbox, setOutbox] = useState<Outbox>();
  const { role, workshopId, participantId, token } = session;
  useEffect(() => {
    if (role !== 'participant') return;
    const created = new Outbox(idbOutboxStore(`${workshopId}:${participantId}`), (command) =>
      api.command(workshopId, token, command),
    );
    setOutbox(created);
    return () => created.close();
  }, [role, workshopId, participantId, token]);
  useEffect(() => {
    if (online) void outbox?.flush();
  }, [online, outbox]);
  useEffect(() => {
    if (!outbox) return;
    const retry = () => void outbox.flush();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [outbox]);

  const state = useSyncExternalStore(
    (listener) => outbox?.subscribe(listener) ?? (() => undefined),
    () => outbox?.snapshot ?? EMPTY,
  );

  const dispatch = (intent: Intent): void => {
    const command = { ...intent, commandId: newId<CommandId>() } as ParticipantCommand;
    if (role === 'participant') void outbox?.enqueue(command);
    else if (doc && command.type !== 'vote' && command.type !== 'unvote') {
      if (viaServer(doc, command)) void api.command(workshopId, token, command).catch(() => undefined);
      else applyToDoc(doc, workshopId, participantId, command);
    }
  };

  return { dispatch, pending: state.entries, rejected: state.rejected };
}
