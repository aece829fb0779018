import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

/**
 * Collects the JavaScript a page loads (scripts and module preloads, not the service worker,
 * which downloads in the background and runs in no page), keyed by URL so each counts once.
 */
export function collectScripts(page: Page): Map<string, Promise<Buffer>> {
  const scripts = new Map<string, Promise<Buffer>>();
  page.on('response', (res: Response) => {
    const type = res.headers()['content-type'] ?? '';
    if (!type.includes('javascript') || res.request().resourceType() === 'other') return;
    if (!scripts.has(res.url())) scripts.set(res.url(), res.body());
  });
  return scripts;
}

/** Total gzip size (zlib, default level, as a server or CDN compresses) of the collected scripts, in KB. */
export async function gzippedKB(scripts: Map<string, Promise<Buffer>>): Promise<number> {
  let bytes = 0;
  for (const body of scripts.values()) bytes += gzipSync(await body).length;
  return bytes / 1000;
}
