import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A WebSocket class whose connections leave from one loopback address: a hall's NAT, as the server sees it. */
export function socketFrom(localAddress: string) {
  return class HallSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { localAddress, perMessageDeflate: false });
    }
  };
}

/** One tablet running the real y-websocket provider, and the upgrade refusals it met. */
export interface ProviderTablet {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Status codes of refused upgrades (429 would mean the tablet was banned). */
  refusals: number[];
  /** Close codes of the tablet's connections, in order (1006: the link dropped). */
  closes: number[];
}

/**
 * Connects a tablet with y-websocket's own WebsocketProvider (reconnect with backoff, no
 * BroadcastChannel so tablets in one test process cannot sync around the server).
 */
export function providerTablet(
  base: string,
  workshopId: string,
  token: string,
  localAddress: string,
): ProviderTablet {
  const doc = new Y.Doc();
  const refusals: number[] = [];
  const closes: number[] = [];
  const provider = new WebsocketProvider(`${base.replace(/^http/, 'ws')}/sync`, workshopId, doc, {
    params: { token },
    WebSocketPolyfill: socketFrom(localAddress) as never,
    disableBc: true,
  });
  provider.on('connection-error', (event: unknown) => {
    const status = /Unexpected server response: (\d+)/.exec(
      String((event as { message?: string }).message),
    )?.[1];
    if (status) refusals.push(Number(status));
  });
  provider.on('connection-close', (event: unknown) => {
    closes.push(Number((event as { code?: number } | null)?.code ?? 0));
  });
  return { doc, provider, refusals, closes };
}
