import { connect } from 'node:net';
import WebSocket from 'ws';
import { seeded } from '../lib/rng';
import { syncUrl } from '../lib/tablet';
import { upgradeStatus } from '../lib/ws';
import { frameMaker } from './frames';

/** What the parent test passes to the fuzzer process (as JSON in FUZZ_CONFIG). */
export interface FuzzConfig {
  base: string;
  workshopId: string;
  facilitatorToken: string;
  participantToken: string;
  frames: number;
  seed: number;
  oversized: number;
  lanes: number;
}

/** What the fuzzer reports on its last stdout line. */
export interface FuzzResult {
  framesSent: number;
  connections: number;
  refusedUpgrades: Record<string, number>;
  closeCodes: Record<string, number>;
  kinds: Record<string, number>;
  ms: number;
  /** CPU time (user + system) the fuzzer itself used, to tell how much of the two cores it took. */
  cpuMs: number;
}

const config = JSON.parse(process.env.FUZZ_CONFIG ?? '{}') as FuzzConfig;
const rng = seeded(config.seed);
const next = frameMaker(rng, config.workshopId, config.oversized);
const result: FuzzResult = {
  framesSent: 0,
  connections: 0,
  refusedUpgrades: {},
  closeCodes: {},
  kinds: {},
  ms: 0,
  cpuMs: 0,
};
const bump = (m: Record<string, number>, k: string | number) => {
  m[k] = (m[k] ?? 0) + 1;
};
const address = () => `127.0.0.${2 + (result.connections % 250)}`;

/** Attacks before authentication: no token, a forged token, raw junk on the HTTP port. */
async function preAuth(): Promise<void> {
  const url = new URL(config.base);
  const choice = rng.int(3);
  result.connections += 1;
  result.framesSent += 1;
  if (choice === 2) {
    await new Promise<void>((resolve) => {
      const socket = connect({ host: url.hostname, port: Number(url.port), localAddress: address() });
      socket.on('error', () => resolve());
      socket.on('close', () => resolve());
      socket.write(Buffer.from(rng.bytes(1 + rng.int(2048))));
      setTimeout(() => socket.destroy(), 200);
    });
    bump(result.kinds, 'raw tcp junk');
    return;
  }
  const token =
    choice === 0 ? '' : `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(rng.bytes(40)).toString('base64url')}.x`;
  const status = await upgradeStatus(syncUrl(config.base, config.workshopId, token), address()).catch(
    () => -1,
  );
  bump(result.refusedUpgrades, status);
  bump(result.kinds, 'pre-auth upgrade');
}

/** One authenticated connection sending a batch of hostile frames. */
async function session(token: string): Promise<void> {
  result.connections += 1;
  const ws = new WebSocket(syncUrl(config.base, config.workshopId, token), {
    localAddress: address(),
    perMessageDeflate: false,
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  ws.on('error', () => undefined);
  const opened = await new Promise<boolean>((resolve) => {
    ws.once('open', () => resolve(true));
    ws.once('unexpected-response', (_q, res) => {
      bump(result.refusedUpgrades, res.statusCode ?? 0);
      resolve(false);
    });
    ws.once('error', () => resolve(false));
  });
  if (!opened) return void ws.terminate();
  const batch = 1 + rng.int(40);
  for (let i = 0; i < batch && result.framesSent < config.frames; i++) {
    const frame = next();
    bump(result.kinds, frame.kind);
    result.framesSent += 1;
    if (ws.readyState !== WebSocket.OPEN) break;
    ws.send(frame.data, { binary: typeof frame.data !== 'string' });
  }
  const code = await Promise.race([closed, new Promise<number>((r) => setTimeout(() => r(0), 300))]);
  bump(result.closeCodes, code === 0 ? 'still open' : code);
  ws.terminate();
}

async function lane(): Promise<void> {
  while (result.framesSent < config.frames) {
    const roll = rng.int(10);
    if (roll === 0) await preAuth();
    else await session(roll <= 2 ? config.participantToken : config.facilitatorToken);
  }
}

const started = Date.now();
await Promise.all(Array.from({ length: config.lanes }, lane));
result.ms = Date.now() - started;
const cpu = process.cpuUsage();
result.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
console.log(JSON.stringify(result));
process.exit(0);
