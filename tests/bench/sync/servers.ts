import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { onProcessExit, startServer } from '../../src/harness';

/** A sync server under test, whichever it is: where to connect and how big the process is. */
export interface BenchServer {
  name: 'anchor' | 'ours';
  /** The WebSocket URL of a room (ours needs a token; the anchor ignores it). */
  roomUrl(room: string, token?: string): string;
  /** Resident set size of the server process in MiB, read from /proc. */
  rssMiB(): number;
  stop(): Promise<void>;
  /** HTTP base URL (ours only has an API). */
  url: string;
  adminToken: string;
}

/** Reads VmRSS of a process: the memory the operating system has actually given it. */
export function processRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const ANCHOR_MAIN = fileURLToPath(new URL('./anchorServer.ts', import.meta.url));

/**
 * Starts the anchor in its own Node process through the same tsx loader our server runs under,
 * so loader overhead counts equally in both memory figures.
 */
export async function startAnchor(): Promise<BenchServer> {
  const env = { ...process.env };
  delete env.YPERSISTENCE;
  const child = spawn(process.execPath, ['--import', TSX, ANCHOR_MAIN], {
    cwd: join(fileURLToPath(new URL('.', import.meta.url))),
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const unhook = onProcessExit(() => child.kill('SIGKILL'));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const port = await new Promise<number>((done, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error('anchor did not start')), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    });
    void exited.then(() => fail(new Error('anchor exited early')));
  });
  return {
    name: 'anchor',
    url: `http://127.0.0.1:${port}`,
    adminToken: '',
    roomUrl: (room) => `ws://127.0.0.1:${port}/${room}`,
    rssMiB: () => processRssMiB(child.pid ?? -1),
    async stop() {
      child.kill('SIGTERM');
      await exited;
      unhook();
    },
  };
}

/** Starts our server as `npm start` runs it (the harness spawns server/main.ts), empty and unseeded. */
export async function startOurs(): Promise<BenchServer> {
  const server = await startServer();
  const ws = server.url.replace('http', 'ws');
  return {
    name: 'ours',
    url: server.url,
    adminToken: server.adminToken,
    roomUrl: (room, token = '') => `${ws}/sync/${room}?token=${encodeURIComponent(token)}`,
    rssMiB: () => processRssMiB(server.pid),
    stop: () => server.stop(),
  };
}
