import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { RateLimiter } from './auth/rateLimit';
import { loadSecrets } from './auth/secrets';
import { TokenService } from './auth/tokens';
import type { Limiters, ServerContext } from './context';
import { requestBase } from './http/requestBase';
import { handleApi } from './http/router';
import { seedSamples } from './seed/seed';
import { type StaticApp, serveStatic } from './static/serveStatic';
import { MetaStore } from './store/metaStore';
import { type FaultHook, StoreFs } from './store/storeFs';
import type { ConnectionLimits } from './sync/connection';
import { Rooms } from './sync/rooms';
import { handleUpgrade } from './sync/upgrade';

/** The largest WebSocket frame accepted; bigger frames are closed with 1009 by ws itself. */
export const MAX_FRAME_BYTES = 1024 * 1024;

/** How a server is started; everything has a default except the data directory. */
export interface ServerOptions {
  dataDir: string;
  port?: number;
  host?: string;
  adminToken?: string;
  publicUrl?: string;
  /** Fill an empty data directory with sample workshops (default false here; main.ts turns it on). */
  seedSample?: boolean;
  /** Intercepts every file operation of the store: tests simulate failed loads, writes, full disks. */
  fault?: FaultHook;
  idleMs?: number;
  compactRecords?: number;
  compactBytes?: number;
  maxPendingBytes?: number;
  staticDirs?: { workshop?: string; insights?: string };
  connection?: Partial<ConnectionLimits>;
  limiters?: Partial<Limiters>;
  log?: (message: string, error?: unknown) => void;
  trustProxy?: boolean;
}

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  adminToken: string;
  /** True if this start generated the admin token (main.ts prints it once). */
  adminTokenCreated: boolean;
  seeded: number;
  context: ServerContext;
  /** Stops accepting, closes connections, flushes every room and the metadata. */
  close(): Promise<void>;
}

function defaultLimiters(): Limiters {
  return {
    join: new RateLimiter(120, 2),
    joinFailures: new RateLimiter(20, 20 / 600),
    joinSuspect: new RateLimiter(100, 1 / 60),
    joinFailuresGlobal: new RateLimiter(1000, 1 / 3),
    commands: new RateLimiter(60, 2),
    notes: new RateLimiter(20, 20 / 60),
    upgrades: new RateLimiter(240, 4),
    syncMessages: new RateLimiter(1200, 200),
    receivedBytes: new RateLimiter(2 * 1024 * 1024, 64 * 1024),
  };
}

/**
 * Starts the board's server in this process: HTTP API, sync WebSocket, static apps, durable
 * store. Integration tests start it on port 0 with a temporary data directory; main.ts wraps it.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const fs = new StoreFs(options.fault);
  await fs.mkdir(options.dataDir);
  const secrets = await loadSecrets(fs, options.dataDir, options.adminToken);
  const { store: meta, fresh, migrated, damaged } = await MetaStore.load(fs, options.dataDir);
  if (migrated > 0) log(`workshops.json converted to one file per workshop (${migrated} workshops)`);
  for (const { id, reason } of damaged) log(`workshop ${id} refused (503): its file ${reason}`);
  const rooms = new Rooms(fs, join(options.dataDir, 'rooms'), {
    idleMs: options.idleMs ?? 60_000,
    compactRecords: options.compactRecords ?? 10_000,
    compactBytes: options.compactBytes ?? 16 * 1024 * 1024,
    maxPendingBytes: options.maxPendingBytes ?? 16 * 1024 * 1024,
    onError: (error) => log('store error', error),
  });
  let base = '';
  const ctx: ServerContext = {
    meta,
    rooms,
    tokens: new TokenService(secrets.signingKey),
    adminToken: secrets.adminToken,
    limiters: { ...defaultLimiters(), ...options.limiters },
    publicUrl: (req) => options.publicUrl ?? requestBase(req, options.trustProxy ?? false) ?? base,
    log,
    trustProxy: options.trustProxy ?? false,
  };
  const root = join(import.meta.dirname, '..', '..');
  const apps: StaticApp[] = [
    {
      name: 'insights',
      prefix: '/insights/',
      dir: options.staticDirs?.insights ?? join(root, 'insights', 'dist'),
    },
    { name: 'workshop', prefix: '/', dir: options.staticDirs?.workshop ?? join(root, 'workshop', 'dist') },
  ];
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    if (path === '/api' || path.startsWith('/api/')) return void handleApi(ctx, req, res);
    if (path === '/insights') {
      res.writeHead(301, { Location: '/insights/' });
      return void res.end();
    }
    const app = apps.find((a) => path.startsWith(a.prefix)) as StaticApp;
    serveStatic(app, req, res).catch((error) => {
      log('static failed', error);
      res.destroy();
    });
  };
  const server = createServer(onRequest);
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  server.maxConnections = 4000;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  const limits: ConnectionLimits = {
    burst: 600,
    perSecond: 100,
    pingMs: 30_000,
    maxPerRoom: 500,
    ...options.connection,
  };
  server.on('upgrade', (req, socket, head) => void handleUpgrade(ctx, wss, limits, req, socket, head));
  const seeded = fresh && options.seedSample ? await seedSamples(ctx) : 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '0.0.0.0', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost =
    options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : '127.0.0.1';
  base = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const client of wss.clients) client.close(1001, 'server shutting down');
      await rooms.closeAll();
      await meta.flush();
      for (const client of wss.clients) client.terminate();
      server.closeAllConnections();
      await stopped;
    })();
    return closing;
  };
  return {
    url: base,
    port,
    adminToken: secrets.adminToken,
    adminTokenCreated: secrets.adminCreated,
    seeded,
    context: ctx,
    close,
  };
}
