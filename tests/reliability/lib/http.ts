import { request } from 'node:http';

/** A raw HTTP answer: status, headers, body text and the body parsed as JSON when it is JSON. */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON (undefined when it is not JSON); callers cast to the shape they expect. */
  json: unknown;
}

/** How a request is sent; `path` goes out byte for byte (no URL normalisation, unlike fetch). */
export interface HttpRequest {
  method?: string;
  path: string;
  token?: string;
  /** An object is sent as JSON; a string or buffer as is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Source address on the loopback (127.0.0.x), to act as another tablet or another hall. */
  localAddress?: string;
  timeoutMs?: number;
}

/**
 * Sends one request with node:http so tests control every byte (raw paths for traversal, wrong
 * content types, bodies that are not JSON) and the source address. Network errors reject.
 */
export function http(base: string, req: HttpRequest): Promise<HttpAnswer> {
  const url = new URL(base);
  const raw = req.body;
  const data =
    raw === undefined
      ? undefined
      : typeof raw === 'string' || raw instanceof Uint8Array
        ? Buffer.from(raw)
        : Buffer.from(JSON.stringify(raw));
  const headers: Record<string, string> = {
    ...(data && typeof raw === 'object' && !(raw instanceof Uint8Array)
      ? { 'content-type': 'application/json' }
      : {}),
    ...(req.token ? { authorization: `Bearer ${req.token}` } : {}),
    ...(data ? { 'content-length': String(data.length) } : {}),
    ...req.headers,
  };
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: url.hostname,
        port: url.port,
        method: req.method ?? (data ? 'POST' : 'GET'),
        path: req.path,
        headers,
        agent: false,
        ...(req.localAddress ? { localAddress: req.localAddress } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    outgoing.setTimeout(req.timeoutMs ?? 15_000, () => outgoing.destroy(new Error(`timeout ${req.path}`)));
    outgoing.on('error', reject);
    outgoing.end(data);
  });
}
