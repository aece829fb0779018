import { getPhase, notesMap, PHASE_RULES } from '@chiiki/model';
import type * as Y from 'yjs';
import type { ParticipantCommand } from '../outbox/outboxStore';
import type { Session } from '../session/session';

/**
 * Where one board command goes. Participants only ever use the outbox (they are read replicas,
 * 0004). The facilitator writes into the shared doc, except where only the server may place the
 * note: a new note during silent writing (it belongs in their private doc, like everyone's, 0007)
 * and any change to a note not on the shared board (one of their own drafts). Those take the
 * outbox too, so they survive a Wi-Fi drop and a refusal is shown. A facilitator has no dots.
 */
export function commandRoute(
  role: Session['role'],
  doc: Y.Doc | undefined,
  command: ParticipantCommand,
): 'outbox' | 'doc' | 'none' {
  if (role === 'participant') return 'outbox';
  if (!doc || command.type === 'vote' || command.type === 'unvote') return 'none';
  const viaServer =
    command.type === 'addNote' ? PHASE_RULES[getPhase(doc)].privateNotes : !notesMap(doc).has(command.noteId);
  return viaServer ? 'outbox' : 'doc';
}
