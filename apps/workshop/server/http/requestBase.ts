import type { IncomingMessage } from 'node:http';

/** Host names and ports only: a header that isn't one never ends up in a join link. */
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The base URL a request reached the server at (its Host header). A server listening on 0.0.0.0
 * knows no address a tablet can use, but the staff tablet that asks for a join link just used one.
 * Behind a TLS proxy (TRUST_PROXY=1), X-Forwarded-Proto says whether it was https.
 */
export function requestBase(req: IncomingMessage | undefined, trustProxy: boolean): string | undefined {
  const host = req?.headers.host;
  if (!host || !HOST.test(host)) return undefined;
  const forwarded = trustProxy ? req.headers['x-forwarded-proto'] : undefined;
  const scheme = forwarded === 'https' ? 'https' : 'http';
  return `${scheme}://${host}`;
}
