import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

/** One person connected to the board, as the server stamped them into awareness. */
export interface Present {
  clientId: number;
  name: string;
  role: string;
  self: boolean;
}

function readPresence(provider: WebsocketProvider): Present[] {
  const self = provider.awareness.clientID;
  const people: Present[] = [];
  for (const [clientId, state] of provider.awareness.getStates()) {
    const user = (state as { user?: { name?: unknown; role?: unknown } }).user;
    if (!user) continue;
    people.push({
      clientId,
      name: typeof user.name === 'string' ? user.name : '',
      role: typeof user.role === 'string' ? user.role : 'participant',
      self: clientId === self,
    });
  }
  return people;
}

/**
 * Who is on the board now, from Yjs awareness (presence scope: never stored). Projector
 * connections are not people and are left out of the count.
 */
export function usePresence(provider: WebsocketProvider | undefined): Present[] {
  const [people, setPeople] = useState<Present[]>([]);
  useEffect(() => {
    if (!provider) return;
    const refresh = () => setPeople(readPresence(provider).filter((p) => p.role !== 'projector'));
    refresh();
    provider.awareness.on('change', refresh);
    return () => provider.awareness.off('change', refresh);
  }, [provider]);
  return people;
}
