/** Content types the two apps ship; wasm and manifests must be exact or browsers refuse them. */
export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.parquet': 'application/vnd.apache.parquet',
};

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** The board: its own scripts, WebSocket sync to this origin, QR images as data URLs. */
const WORKSHOP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Insights: DuckDB-wasm needs wasm compilation and blob: workers; data never leaves the page. */
const INSIGHTS_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers for a page or asset of one app. */
export function securityHeaders(app: 'workshop' | 'insights'): Record<string, string> {
  return { ...COMMON, 'Content-Security-Policy': app === 'insights' ? INSIGHTS_CSP : WORKSHOP_CSP };
}

/**
 * Hashed build assets never change, so they are cached for a year; the HTML shell, the service
 * worker and the manifest must be revalidated or a tablet keeps running an old board.
 */
export function cacheControl(relativePath: string): string {
  const name = relativePath.split('/').pop() ?? '';
  if (/\.(html|webmanifest)$/.test(name) || /^(sw|service-worker|registerSW)\.js$/.test(name))
    return 'no-cache';
  if (
    name.startsWith('workbox-') ||
    relativePath.startsWith('assets/') ||
    /[.-][A-Za-z0-9_-]{8,}\.\w+$/.test(name)
  ) {
    return 'public, max-age=31536000, immutable';
  }
  return 'no-cache';
}
