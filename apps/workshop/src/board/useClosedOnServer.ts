import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Session } from '../session/session';

/**
 * Asks the server once whether the workshop is closed: a closed board refuses the sync socket,
 * so a tablet without a cached copy would otherwise never learn it (and the facilitator would
 * never see the record's downloads).
 */
export function useClosedOnServer(session: Session): boolean {
  const [closed, setClosed] = useState(false);
  useEffect(() => {
    let live = true;
    api
      .workshop(session.workshopId, session.token)
      .then(({ workshop }) => {
        if (live && workshop.status === 'closed') setClosed(true);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [session]);
  return closed;
}
