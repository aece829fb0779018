import WebSocket from 'ws';

/** What an upgrade attempt ended as: the HTTP status it was refused with, or 101 if it opened. */
export function upgradeStatus(url: string, localAddress?: string, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, localAddress ? { localAddress } : {});
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`upgrade ${url} did not answer in ${timeoutMs} ms`));
    }, timeoutMs);
    const done = (status: number) => {
      clearTimeout(timer);
      ws.terminate();
      resolve(status);
    };
    ws.once('unexpected-response', (_req, res) => done(res.statusCode ?? 0));
    ws.once('open', () => done(101));
    ws.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * Opens a raw WebSocket and resolves once it is open, so a test can send bytes no well-behaved
 * client would and observe the close code the server answers with.
 */
export function openSocket(url: string, localAddress?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false, ...(localAddress ? { localAddress } : {}) });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

/** Resolves with the close code of a socket (immediately if it is already closed). */
export function closeCode(ws: WebSocket, timeoutMs = 10_000): Promise<number | 'open'> {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve(-1);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('open'), timeoutMs);
    ws.once('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
