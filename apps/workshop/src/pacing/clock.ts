/** How far the server's clock is ahead of this tablet's, in ms (0 until measured). */
let offsetMs = 0;
let bestRtt = Number.POSITIVE_INFINITY;
let measuring: Promise<void> | undefined;

async function sample(): Promise<void> {
  const sent = Date.now();
  const response = await fetch('/api/time', { cache: 'no-store', headers: { accept: 'application/json' } });
  const received = Date.now();
  const body = (await response.json().catch(() => ({}))) as { now?: unknown; serverNow?: unknown };
  const stamp = typeof body.now === 'number' ? body.now : body.serverNow;
  // /api/time answers the server's epoch ms; the Date header (whole seconds, +0.5 s) is the fallback.
  const server = typeof stamp === 'number' ? stamp : Date.parse(response.headers.get('date') ?? '') + 500;
  if (!Number.isFinite(server)) return;
  const rtt = received - sent;
  if (rtt <= bestRtt) {
    bestRtt = rtt;
    offsetMs = server - (sent + received) / 2;
  }
}

/**
 * Estimates the server's clock from a few round trips (the quickest one wins), so every tablet
 * counts the timer down against the same server time even when its own clock is minutes off.
 */
export function measureClock(): Promise<void> {
  measuring ??= (async () => {
    for (let i = 0; i < 3; i++) await sample().catch(() => undefined);
  })();
  return measuring;
}

/** Learns the server time from an answer that carries one (a timer command's `serverNow`). */
export function noteServerTime(serverNow: number, sentAt: number, receivedAt: number): void {
  const rtt = receivedAt - sentAt;
  if (rtt > bestRtt) return;
  bestRtt = rtt;
  offsetMs = serverNow - (sentAt + receivedAt) / 2;
}

/** The server's time now, as well as this tablet can tell. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}
