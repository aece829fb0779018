import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { cacheControl, MIME, securityHeaders } from './headers';

/** One built app served under a URL prefix. */
export interface StaticApp {
  name: 'workshop' | 'insights';
  prefix: string;
  dir: string;
}

function sendText(res: ServerResponse, status: number, type: string, body: string, app: StaticApp['name']) {
  res.writeHead(status, { ...securityHeaders(app), 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function notBuilt(res: ServerResponse, app: StaticApp): void {
  const page = `<!doctype html><html lang="ja"><meta charset="utf-8"><title>未ビルド / not built</title>
<h1>${app.name} はまだビルドされていません</h1><p>リポジトリのルートで <code>pnpm build</code> を実行してください。</p>
<h1>The ${app.name} app has not been built</h1><p>Run <code>pnpm build</code> at the repository root (expected: ${app.dir}).</p></html>`;
  sendText(res, 503, 'text/html; charset=utf-8', page, app.name);
}

async function fileAt(path: string): Promise<number | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? info.size : undefined;
}

/**
 * Serves a built single-page app: files as they are, with exact MIME types and caching; any
 * other path without a file extension falls back to index.html so client routes (/join/CODE)
 * work on reload. Paths that climb out of the folder are refused.
 */
export async function serveStatic(app: StaticApp, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed', app.name);
  }
  const raw = (req.url ?? '/').split('?')[0] ?? '/';
  let relative: string;
  try {
    relative = decodeURIComponent(raw.slice(app.prefix.length));
  } catch {
    return sendText(res, 400, 'text/plain; charset=utf-8', 'Bad Request', app.name);
  }
  const root = resolve(app.dir);
  const segments = relative.split(/[\\/]/);
  if (relative.includes('\0') || segments.includes('..')) {
    return sendText(res, 400, 'text/plain; charset=utf-8', 'Bad Request', app.name);
  }
  if ((await fileAt(join(root, 'index.html'))) === undefined) return notBuilt(res, app);
  let path = resolve(root, relative.replace(/^\/+/, ''));
  if (path !== root && !path.startsWith(root + sep)) {
    return sendText(res, 400, 'text/plain; charset=utf-8', 'Bad Request', app.name);
  }
  let size = path === root ? undefined : await fileAt(path);
  if (size === undefined) {
    if (extname(relative) !== '' && !relative.endsWith('.html')) {
      return sendText(res, 404, 'text/plain; charset=utf-8', 'Not Found', app.name);
    }
    path = join(root, 'index.html');
    size = await fileAt(path);
  }
  const rel = path
    .slice(root.length + 1)
    .split(sep)
    .join('/');
  res.writeHead(200, {
    ...securityHeaders(app.name),
    'Content-Type': MIME[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size ?? 0,
    'Cache-Control': cacheControl(rel),
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}
