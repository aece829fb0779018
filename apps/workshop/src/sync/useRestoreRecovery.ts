import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { Session } from '../session/session';
import { type AddNoteIntent, readdOwnNotes, restoreMissing, type StaleCopy } from './recovery';

/** A doc that was just synced afresh, and what the copy it replaced held. */
interface Replaced {
  doc?: Y.Doc | undefined;
  stale?: StaleCopy | undefined;
}

/** What the person is told after a restore: how many notes this tablet put back or sent again. */
export interface RestoreNoticeState {
  role: Session['role'];
  notes: number;
}

/**
 * Puts back, once per replaced copy, what a restored server lacks (decision 0012), and says so.
 * The shared board: a facilitator's tablet writes every missing note and group again by id; a
 * participant's re-adds its own missing notes through the outbox (`dispatch`). The private doc
 * (drafts, which only the server writes): its owner re-adds them through the outbox. The server
 * answers a note id its sender already has as a duplicate, so a note that came back another way
 * is not doubled.
 */
export function useRestoreRecovery(
  shared: Replaced | undefined,
  own: Replaced,
  session: Session,
  dispatch: (intent: AddNoteIntent) => void,
) {
  const [notice, setNotice] = useState<RestoreNoticeState>();
  const latest = useRef(dispatch);
  latest.current = dispatch;
  const { role, participantId } = session;
  const tell = useCallback(
    (notes: number) => setNotice((was) => ({ role, notes: (was?.notes ?? 0) + notes })),
    [role],
  );
  const { doc, stale } = shared ?? {};
  useEffect(() => {
    if (!stale || !doc) return;
    if (role === 'facilitator') return tell(restoreMissing(doc, stale).notes);
    const intents = readdOwnNotes(doc, stale, participantId);
    for (const intent of intents) latest.current(intent);
    tell(intents.length);
  }, [stale, doc, role, participantId, tell]);
  const { doc: ownDoc, stale: ownStale } = own;
  useEffect(() => {
    if (!ownStale || !ownDoc) return;
    const intents = readdOwnNotes(ownDoc, ownStale, participantId);
    for (const intent of intents) latest.current(intent);
    tell(intents.length);
  }, [ownStale, ownDoc, participantId, tell]);
  return { notice, dismiss: useCallback(() => setNotice(undefined), []) };
}
