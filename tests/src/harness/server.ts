import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { onProcessExit, removeDir } from './cleanup';
import { SERVER_MAIN } from './paths';
import { freePort } from './ports';

/** How a test wants its server: everything optional, defaults are an isolated empty server. */
export interface StartServerOptions {
  /** Extra environment for the server process (limits, fault injection switches, ...). */
  env?: Record<string, string>;
  /** Reuse this data directory (it is not removed by stop()); default: a fresh temp dir. */
  dataDir?: string;
  /** Listen on this port (e.g. to restart on the same URL); default: a free port. */
  port?: number;
  /** Load the sample plan and data as `npm start` does; default false (SEED_SAMPLE=0). */
  seedSample?: boolean;
  /** Admin token to set; default a random one per server. */
  adminToken?: string;
  /** How long to wait for the "listening on" line; default 30 s (2 shared cores). */
  startTimeoutMs?: number;
}

/** A running server process, as tests see it; stop() or kill() always ends the process. */
export interface TestServer {
  url: string;
  port: number;
  adminToken: string;
  dataDir: string;
  pid: number;
  /** Everything the process wrote to stdout and stderr so far, for failure messages. */
  output(): string;
  /** Resolves when the process has exited, with its code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Graceful stop (SIGTERM, then SIGKILL after 10 s), then removes a data dir it created. */
  stop(): Promise<void>;
  /** Sends a signal (default SIGKILL, a crash) and waits for the exit; the data dir is kept. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts a new process on the same port and data dir (after a kill or a stop) and owns the dir. */
  restart(): Promise<TestServer>;
}

const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Spawns the real server (`apps/workshop/server/main.ts` through tsx, in one process so a SIGKILL
 * really kills it) on 127.0.0.1 and resolves once it prints "listening on". Integration, e2e and
 * reliability tests all use it so they test what `npm start` ships, not an in-process stand-in.
 */
export async function startServer(options: StartServerOptions = {}): Promise<TestServer> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'chiiki-data-'));
  const port = options.port ?? (await freePort());
  const adminToken = options.adminToken ?? `test-admin-${Math.random().toString(36).slice(2)}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV') delete env[key];
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ADMIN_TOKEN: adminToken,
    SEED_SAMPLE: options.seedSample ? '1' : '0',
    ...options.env,
  });
  const child = spawn(process.execPath, ['--import', TSX_LOADER, SERVER_MAIN], {
    cwd: dirname(dirname(SERVER_MAIN)),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const removeDirAtExit = ownsDataDir ? onProcessExit(() => removeDir(dataDir)) : () => false;
  const killAtExit = onProcessExit(() => child.kill('SIGKILL'));
  let log = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.once('exit', (code, signal) => {
      killAtExit();
      done({ code, signal });
    });
  });
  try {
    await waitForListening(child, exited, options.startTimeoutMs ?? 30_000, (chunk) => {
      log += chunk;
    });
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    if (ownsDataDir) {
      removeDirAtExit();
      removeDir(dataDir);
    }
    throw new Error(`server did not start: ${(error as Error).message}\n--- server output ---\n${log}`);
  }

  const server: TestServer = {
    url: `http://127.0.0.1:${port}`,
    port,
    adminToken,
    dataDir,
    pid: child.pid ?? -1,
    output: () => log,
    exited,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    async stop() {
      await stopChild(child, exited);
      if (ownsDataDir) {
        removeDirAtExit();
        removeDir(dataDir);
      }
    },
    async restart() {
      await stopChild(child, exited);
      if (ownsDataDir) removeDirAtExit();
      const next = await startServer({ ...options, dataDir, port, adminToken });
      if (!ownsDataDir) return next;
      // The new server takes over removing the directory this one created.
      const nextStop = next.stop;
      const removeNext = onProcessExit(() => removeDir(dataDir));
      next.stop = async () => {
        await nextStop();
        removeNext();
        removeDir(dataDir);
      };
      return next;
    },
  };
  return server;
}

/** SIGTERM, then SIGKILL if the server has not flushed and exited within 10 s. */
async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function waitForListening(
  child: ChildProcess,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  timeoutMs: number,
  onOutput: (chunk: string) => void,
): Promise<void> {
  return new Promise((resolveReady, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no "listening on" line after ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onData = (data: Buffer) => {
      const chunk = data.toString('utf8');
      onOutput(chunk);
      seen += chunk;
      if (/listening on /.test(seen)) {
        clearTimeout(timer);
        resolveReady();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (data: Buffer) => onOutput(data.toString('utf8')));
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (code ${code}, signal ${signal})`));
    });
  });
}
