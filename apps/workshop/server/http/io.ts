import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ExplainContext, parseOrExplain } from '@chiiki/model';
import type { GenericSchema, InferOutput } from 'valibot';
import { ApiError } from './errors';

/** The largest JSON body the API reads: a note is at most 500 characters, so 64 KiB is plenty. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Headers on every API response: no caching of tokens, no sniffing, no referrer leaks. */
export const API_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

/** Sends a JSON response. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    ...API_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': data.length,
  });
  res.end(data);
}

/** Reads the raw body, refusing a wrong content type or more than the limit before buffering it. */
async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new ApiError(415, 'unsupported_media_type');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new ApiError(413, 'payload_too_large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new ApiError(413, 'payload_too_large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads a JSON body and validates it with a model schema; every failure becomes an ApiError
 * carrying the model's Japanese/English explanation per field.
 */
export async function readValid<S extends GenericSchema>(
  req: IncomingMessage,
  schema: S,
  context?: ExplainContext,
): Promise<InferOutput<S>> {
  const text = await readBody(req, MAX_BODY_BYTES);
  let json: unknown;
  try {
    json = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json');
  }
  return validOrThrow(schema, json, context);
}

/**
 * Reads a request's query string and validates it with a model schema, as bodies are: a bad
 * parameter is a 400 naming it. A name given twice counts once (the last).
 */
export function readQuery<S extends GenericSchema>(
  req: IncomingMessage,
  schema: S,
  context?: ExplainContext,
): InferOutput<S> {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  return validOrThrow(schema, Object.fromEntries(params), context);
}

function validOrThrow<S extends GenericSchema>(
  schema: S,
  input: unknown,
  context?: ExplainContext,
): InferOutput<S> {
  const parsed = parseOrExplain(schema, input, context);
  if (!parsed.ok) {
    const { ja, en, fields } = parsed.error;
    throw new ApiError(400, 'invalid_input', fields, { ja, en });
  }
  return parsed.value;
}

/** The bearer token of a request, if any. */
export function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

/**
 * The client address used for rate limits: the socket's, unless the operator said a reverse proxy
 * in front sets X-Forwarded-For (then its last hop, the address the proxy saw).
 */
export function clientIp(req: IncomingMessage, trustProxy = false): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    const last = forwarded.split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
