import { useEffect, useRef, useState } from 'react';
import type { WorkshopSync } from '../sync/useWorkshopSync';

/**
 * How long the board waits for its first state before drawing empty lanes anyway: long enough
 * for a hall's slow Wi-Fi to deliver a full board, short enough that a tablet with no cache and
 * no server can still start writing notes offline.
 */
const FIRST_LOAD_WAIT_MS = 3000;

/**
 * Whether the board may draw its lanes: once the doc holds the server's state or a cached copy,
 * once the link is known to be down (nothing more will come soon), or once the wait is over.
 * Drawing before that would show every lane as "no notes yet", then redraw it full.
 */
export function canDrawBoard(
  sync: Pick<WorkshopSync, 'loaded' | 'link'> | undefined,
  waitedOut: boolean,
): boolean {
  return waitedOut || sync?.loaded === true || sync?.link === 'offline';
}

/**
 * Whether the board may draw yet (see canDrawBoard). Once true, it stays true: a later drop of
 * the link does not hide the board.
 */
export function useFirstLoad(sync: WorkshopSync | undefined): boolean {
  const [waitedOut, setWaitedOut] = useState(false);
  const drawn = useRef(false);
  if (canDrawBoard(sync, waitedOut)) drawn.current = true;
  const ready = drawn.current;
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setWaitedOut(true), FIRST_LOAD_WAIT_MS);
    return () => clearTimeout(timer);
  }, [ready]);
  return ready;
}
