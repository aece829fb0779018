import { type CommandId, newId } from '@chiiki/model';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { api } from '../api/client';
import { Outbox, type OutboxState } from '../outbox/Outbox';
import { idbOutboxStore, type ParticipantCommand } from '../outbox/outboxStore';
import type { Session } from '../session/session';
import { applyToDoc } from './applyToDoc';
import { commandRoute } from './commandRoute';

/** A command without its id: the hook gives each one a fresh client-made commandId. */
export type Intent = ParticipantCommand extends infer C
  ? C extends ParticipantCommand
    ? Omit<C, 'commandId'>
    : never
  : never;

const EMPTY: OutboxState = { entries: [], rejected: [] };

/**
 * One way to act on the board for both roles: a participant's intent goes into the persistent
 * outbox and reaches the doc only through the server, so participants never write CRDT updates.
 * A facilitator's is written straight into the Y.Doc, except what only the server may place
 * (their drafts during silent writing): that takes the same outbox, so a note written on a
 * dropping Wi-Fi is retried rather than lost, and a refusal is shown like anyone's.
 */
export function useCommands(session: Session, doc: Y.Doc | undefined, online: boolean) {
  const [outbox, setOutbox] = useState<Outbox>();
  const { role, workshopId, participantId, token } = session;
  useEffect(() => {
    const created = new Outbox(idbOutboxStore(`${workshopId}:${participantId}`), (command) =>
      api.command(workshopId, token, command),
    );
    setOutbox(created);
    return () => created.close();
  }, [workshopId, participantId, token]);
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
    const route = commandRoute(role, doc, command);
    if (route === 'outbox') void outbox?.enqueue(command);
    else if (route === 'doc' && doc && command.type !== 'vote' && command.type !== 'unvote')
      applyToDoc(doc, workshopId, participantId, command);
  };

  const dismiss = useCallback((commandId: string) => void outbox?.dismiss(commandId), [outbox]);

  return { dispatch, pending: state.entries, rejected: state.rejected, dismiss };
}
