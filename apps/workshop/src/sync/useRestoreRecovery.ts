import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import type { Session } from '../session/session';
import { type AddNoteIntent, readdOwnNotes, restoreMissing, type StaleCopy } from './recovery';

/** A doc that was just synced afresh, and what the copy it replaced held. */
interface Replaced {
  doc?: Y.Doc | undefined;
  stale?: StaleCopy | undefined;
}

/**
 * Puts back, once per replaced copy, what a restored server lacks (decision 0012). The shared
 * board: a facilitator's tablet writes every missing note and group again by id; a participant's
 * re-adds its own missing notes through the outbox (`dispatch`). The private doc (drafts, which
 * only the server writes): its owner re-adds them through the outbox. The server answers a note
 * id its sender already has as a duplicate, so a note that came back another way is not doubled.
 */
export function useRestoreRecovery(
  shared: Replaced | undefined,
  own: Replaced,
  session: Session,
  dispatch: (intent: AddNoteIntent) => void,
): void {
  const latest = useRef(dispatch);
  latest.current = dispatch;
  const { role, participantId } = session;
  const { doc, stale } = shared ?? {};
  useEffect(() => {
    if (!stale || !doc) return;
    if (role === 'facilitator') restoreMissing(doc, stale);
    else for (const intent of readdOwnNotes(doc, stale, participantId)) latest.current(intent);
  }, [stale, doc, role, participantId]);
  const { doc: ownDoc, stale: ownStale } = own;
  useEffect(() => {
    if (!ownStale || !ownDoc) return;
    for (const intent of readdOwnNotes(ownDoc, ownStale, participantId)) latest.current(intent);
  }, [ownStale, ownDoc, participantId]);
}
