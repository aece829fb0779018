import * as Y from 'yjs';

/**
 * The Yjs clients of which this copy holds more than the server: the sign that the server lost
 * history this tablet saw (a backup of `./data` was restored, decision 0012).
 *
 * The server broadcasts a change only once it is on disk, so in normal running every change a
 * tablet received from it is covered by the server's state vector. Only the tablet's own writes
 * (`own`: its Yjs client ids, also those of earlier page loads) may be ahead: they are edits made
 * offline, waiting to be sent. Anything else ahead means the server is behind this copy.
 * `sentSince`: clocks the server sent after that state vector, which it vouches for as well.
 */
export function aheadOfServer(
  doc: Y.Doc,
  serverStateVector: Uint8Array,
  own: ReadonlySet<number>,
  sentSince: ReadonlyMap<number, number> = new Map(),
): number[] {
  const server = Y.decodeStateVector(serverStateVector);
  const ahead: number[] = [];
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    const vouched = Math.max(server.get(client) ?? 0, sentSince.get(client) ?? 0);
    if (!own.has(client) && clock > vouched) ahead.push(client);
  }
  return ahead;
}
