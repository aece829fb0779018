import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import { aheadOfServer } from './aheadOfServer';

/** y-websocket's outer message type of the sync protocol. */
const MESSAGE_SYNC = 0;

/**
 * Looks at the server's sync step 1 (its state vector, the first message of every connection)
 * before the provider answers it. y-websocket would answer with everything this copy holds that
 * the server lacks: after a restored backup that is a blind merge of history the server no longer
 * vouches for. If the server is behind this copy (see aheadOfServer), the provider disconnects
 * without answering and `onBehind` is called, so the owner can reconcile on purpose instead.
 */
export function guardAgainstRollback(
  provider: WebsocketProvider,
  own: () => ReadonlySet<number>,
  onBehind: (clients: number[]) => void,
): void {
  const handle = provider.messageHandlers[MESSAGE_SYNC];
  if (!handle) throw new Error('y-websocket has no sync handler');
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, p, emitSynced, type) => {
    const peek = decoding.clone(decoder);
    if (decoding.readVarUint(peek) === syncProtocol.messageYjsSyncStep1) {
      const ahead = aheadOfServer(p.doc, decoding.readVarUint8Array(peek), own());
      if (ahead.length > 0) {
        p.disconnect();
        onBehind(ahead);
        return;
      }
    }
    handle(encoder, decoder, p, emitSynced, type);
  };
}
