import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startTestServer } from '../testing/harness';

async function builtApps() {
  const root = await mkdtemp(join(tmpdir(), 'chiiki-dist-'));
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  const workshop = join(root, 'workshop');
  const insights = join(root, 'insights');
  await mkdir(join(workshop, 'assets'), { recursive: true });
  await mkdir(join(insights, 'assets'), { recursive: true });
  await writeFile(join(workshop, 'index.html'), '<!doctype html><title>board</title>');
  await writeFile(join(workshop, 'assets', 'index-AbC123xy.js'), 'console.log(1)');
  await writeFile(join(workshop, 'manifest.webmanifest'), '{}');
  await writeFile(join(workshop, 'sw.js'), '');
  await writeFile(join(insights, 'index.html'), '<!doctype html><title>insights</title>');
  await writeFile(join(insights, 'assets', 'duckdb-eh-9f8e7d6c.wasm'), new Uint8Array([0, 97, 115, 109]));
  await writeFile(join(root, 'secret.txt'), 'do not serve');
  return { workshop, insights };
}

/** A GET with the path sent exactly as written (fetch would normalise the dots away). */
function rawGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => {
        body += c.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static apps', () => {
  it('serves both apps with SPA fallback, exact MIME types, caching and security headers', async () => {
    const t = await startTestServer({ staticDirs: await builtApps() });
    const get = (path: string) => fetch(`${t.server.url}${path}`);
    const shell = await get('/join/ACEFGH');
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('board');
    expect(shell.headers.get('cache-control')).toBe('no-cache');
    expect(shell.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(shell.headers.get('x-content-type-options')).toBe('nosniff');
    const asset = await get('/assets/index-AbC123xy.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toMatch(
      /^application\/manifest\+json/,
    );
    expect((await get('/sw.js')).headers.get('cache-control')).toBe('no-cache');
    const wasm = await get('/insights/assets/duckdb-eh-9f8e7d6c.wasm');
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(wasm.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
    expect(wasm.headers.get('content-security-policy')).toContain('worker-src');
    expect(await (await get('/insights/report/2025')).text()).toContain('insights');
    expect((await get('/assets/missing-12345678.js')).status).toBe(404);
  });

  it('refuses path traversal', async () => {
    const t = await startTestServer({ staticDirs: await builtApps() });
    const paths = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/insights/..%5c..%5csecret.txt',
    ];
    for (const path of paths) {
      const res = await rawGet(t.server.port, path);
      expect(res.body).not.toContain('do not serve');
      expect(res.status).toBe(400);
    }
  });

  it('answers a clear 503 page when the apps are not built', async () => {
    const t = await startTestServer({
      staticDirs: { workshop: '/nonexistent/a', insights: '/nonexistent/b' },
    });
    const res = await fetch(`${t.server.url}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('pnpm build');
    expect((await fetch(`${t.server.url}/api/plan`)).status).toBe(200);
  });
});
