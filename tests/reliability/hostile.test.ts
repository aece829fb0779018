import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../src/harness';
import type { FuzzConfig, FuzzResult } from './fuzz/run';
import { Api } from './lib/api';
import { readBoard } from './lib/board';
import { measureLatency } from './lib/latency';
import { cpuMsOf, Probe, rssOf } from './lib/probe';
import { report } from './lib/report';
import { SEED, SIZES, SOAK } from './lib/sizes';
import { syncUrl, Tablet } from './lib/tablet';
import { sleep, until } from './lib/wait';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const RUNNER = fileURLToPath(new URL('./fuzz/run.ts', import.meta.url));
const MiB = 1024 * 1024;
const mib = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;
/** p50/p99/max of a loop-delay histogram in ms, then a fresh window. */
function loopDelay(h: IntervalHistogram): { p50: number; p99: number; max: number } {
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  const answer = { p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max) };
  h.reset();
  return answer;
}
const probe = new Probe();
let server: TestServer | undefined;
afterAll(async () => {
  await server?.stop();
  probe.dispose();
});

/**
 * Runs the fuzzer in its own process at the lowest CPU priority: a real attacker's CPU is not the
 * server's, so on a two-core CI box the fuzzer must not win the cores from the server it attacks.
 */
function fuzz(config: FuzzConfig): Promise<FuzzResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('nice', ['-n', '19', process.execPath, '--import', TSX, RUNNER], {
      env: { ...process.env, FUZZ_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), SOAK ? 3_000_000 : 240_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0) resolve(JSON.parse(last) as FuzzResult);
      else reject(new Error(`fuzzer exited with ${code}: ${out.slice(-2000)}`));
    });
  });
}

describe('hostile frames to one room while another works', () => {
  // The 2× latency bound is a timing assertion: on a shared two-core CI box a few milliseconds
  // of other load decide it. It is asserted under SOAK=1 (a long attack, many samples); in CI the
  // ratio is printed and recorded in tests/.artifacts/reliability.json, and what must hold
  // whatever the load is asserted: survival, bounded memory, every note of room B delivered.
  it(`survives ${SIZES.fuzzFrames} frames; room B gets every note${SOAK ? ', its p99 within 2× its baseline' : ''}`, async () => {
    server = await startServer({ env: probe.env() });
    const api = new Api(server.url, server.adminToken);
    const roomA = await api.createWorkshop();
    const pa = await api.join(roomA.joinCode);
    for (let i = 0; i < 3; i++) await api.command(roomA.id, pa.token, Api.addNote(`A-${i}`));
    const notesA = (await readBoard(server.url, roomA.id, pa.token)).ids;
    const roomB = await api.createWorkshop();
    const pb = await api.join(roomB.joinCode);
    const writer = new Tablet({
      url: () => syncUrl(api.base, roomB.id, roomB.facilitatorToken),
      writer: true,
    });
    const reader = new Tablet({ url: () => syncUrl(api.base, roomB.id, pb.token), writer: false });
    writer.start();
    reader.start();
    await until(() => writer.synced && reader.synced, 'room B tablets synced');
    await measureLatency(writer, reader, roomB.id, 20, sleep(1000)); // warm-up
    // Room B's tablets run in this process: its own loop delay tells how much of a latency
    // sample is the shared machine's (this process waiting for a core), not the server's.
    const testLoop = monitorEventLoopDelay({ resolution: 1 });
    testLoop.enable();
    await probe.memory(); // starts the baseline's window of loop delay and collections
    const cpuAtBaseline = cpuMsOf(server.pid);
    const baselineStarted = performance.now();
    const baseline = await measureLatency(writer, reader, roomB.id, 20, sleep(SOAK ? 60_000 : 15_000));
    const memBefore = await probe.memory();
    const cpuAtAttack = cpuMsOf(server.pid);
    const testCpuAtAttack = process.cpuUsage();
    const attackStarted = performance.now();

    let rssMax = rssOf(server.pid);
    const sampler = setInterval(() => {
      rssMax = Math.max(rssMax, rssOf(server?.pid ?? 0));
    }, 200);
    const clientLoopBaseline = loopDelay(testLoop);
    const attack = fuzz({
      base: server.url,
      workshopId: roomA.id,
      facilitatorToken: roomA.facilitatorToken,
      participantToken: pa.token,
      frames: SIZES.fuzzFrames,
      seed: SEED,
      oversized: SOAK ? 200 : 20,
      lanes: 4,
    });
    const underAttack = await measureLatency(writer, reader, roomB.id, 20, attack);
    // The share of one core the server used, and during the attack this process (room B's
    // tablets) and the fuzzer: what is left of the two cores for the server's fsync thread.
    const attackMs = performance.now() - attackStarted;
    const testCpu = process.cpuUsage(testCpuAtAttack);
    const cores = (ms: number, over: number) => +(ms / over).toFixed(2);
    const cpuCores = {
      server: {
        baseline: cores(cpuAtAttack - cpuAtBaseline, attackStarted - baselineStarted),
        attack: cores(cpuMsOf(server.pid) - cpuAtAttack, attackMs),
      },
      roomBTabletsAttack: cores((testCpu.user + testCpu.system) / 1000, attackMs),
    };
    clearInterval(sampler);
    const result = await attack;
    const clientLoopAttack = loopDelay(testLoop);
    testLoop.disable();
    const memAfter = await probe.memory();
    // With RELIABILITY_V8_FLAGS=--trace-gc…, the server's trace, for reading why collections started.
    if (process.env.RELIABILITY_SERVER_LOG)
      writeFileSync(process.env.RELIABILITY_SERVER_LOG, server.output());

    const health = await api.command(roomB.id, pb.token, Api.addNote('room B still takes commands'));
    expect(health.status).toBe(200);
    writer.stop();
    reader.stop();
    await server.kill('SIGKILL');
    server = await server.restart();
    const afterA = await readBoard(server.url, roomA.id, pa.token);
    for (const id of notesA) expect(afterA.ids.has(id), 'room A still loads with its notes').toBe(true);
    const exportA = await api.command(roomA.id, pa.token, Api.addNote('room A still takes commands'));
    report('hostile', {
      frames: result.framesSent,
      connections: result.connections,
      fuzzSeconds: Math.round(result.ms / 1000),
      baselineP50Ms: baseline.p50,
      baselineP99Ms: baseline.p99,
      attackP50Ms: underAttack.p50,
      attackP99Ms: underAttack.p99,
      p99Ratio: +(underAttack.p99 / baseline.p99).toFixed(2),
      lostNotes: [baseline.lost, underAttack.lost],
      samples: [baseline.count, underAttack.count],
      rssMaxMiB: Math.round(rssMax / MiB),
      heapBeforeMiB: Math.round(memBefore.heapUsed / MiB),
      heapAfterMiB: Math.round(memAfter.heapUsed / MiB),
      serverLoopMs: { baseline: memBefore.loop, attack: memAfter.loop },
      serverGc: { baseline: memBefore.gc, attack: memAfter.gc },
      serverReadMiB: { baseline: mib(memBefore.received.bytes), attack: mib(memAfter.received.bytes) },
      serverFsyncs: { baseline: memBefore.fsyncs, attack: memAfter.fsyncs },
      cpuCores: { ...cpuCores, fuzzer: cores(result.cpuMs, result.ms) },
      loadAverage: loadavg().map((n) => +n.toFixed(2)),
      testLoopMs: { baseline: clientLoopBaseline, attack: clientLoopAttack },
      closeCodes: result.closeCodes,
      refusedUpgrades: result.refusedUpgrades,
      kinds: result.kinds,
    });
    expect(exportA.status).toBe(200);
    expect(result.framesSent).toBeGreaterThanOrEqual(SIZES.fuzzFrames);
    expect(underAttack.lost, 'every note room B wrote during the attack reached its reader').toBe(0);
    expect(baseline.lost).toBe(0);
    if (SOAK) {
      expect(underAttack.p99, `p99 under attack vs baseline ${baseline.p99} ms`).toBeLessThanOrEqual(
        2 * baseline.p99,
      );
    }
    // The attack's socket reads (~260 MiB at full size) are external memory V8 counts against the
    // old generation; with its own growing estimate they started 42–66 mark-compacts, with the
    // server's fixed ×4 five (decision 0021). A count, not a time: it holds on a busy machine.
    expect(memAfter.gc.major, 'full collections during the attack').toBeLessThanOrEqual(15);
    expect(rssMax).toBeLessThan(512 * MiB);
    expect(memAfter.heapUsed - memBefore.heapUsed).toBeLessThan(64 * MiB);
  });
});
