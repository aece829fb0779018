import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { onProcessExit, removeDir } from '../../src/harness';
import { heapSplit } from './heapSnapshot';
import { sleep } from './wait';

const PRELOAD = pathToFileURL(join(fileURLToPath(new URL('.', import.meta.url)), 'serverProbe.mjs')).href;

/** A file operation the probe can fail, named as the store names them. */
export type ProbeOp = 'read' | 'open' | 'write' | 'sync' | 'truncate' | 'rename';

/** What the server's V8 reports about its memory (bytes), after a full GC. */
export interface Memory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  /** The server's event-loop delay (ms) since the previous memory answer. */
  loop: { p50: number; p99: number; max: number };
  /** The server's garbage collections since the previous memory answer (forced ones left out). */
  gc: { count: number; totalMs: number; maxMs: number; major: number; majorMaxMs: number };
  /** Bytes and reads the server's sockets took in since the previous memory answer. */
  received: { bytes: number; reads: number };
  /** The store's fsyncs since the previous memory answer (time each took on the shared disk). */
  fsyncs: { count: number; p50: number; p99: number; max: number };
}

/**
 * The test side of serverProbe.mjs: an environment that loads it into the spawned server, a switch for
 * disk faults, and a memory reading after GC. One probe per test server.
 */
export class Probe {
  readonly dir = mkdtempSync(join(tmpdir(), 'chiiki-probe-'));
  private readonly unhook = onProcessExit(() => removeDir(this.dir));
  private asked = 0;
  private snapshots = 0;

  /**
   * Environment for startServer: loads the probe and exposes gc to it. RELIABILITY_V8_FLAGS are
   * set inside the server (e.g. `--trace-gc --trace-incremental-marking`, which NODE_OPTIONS refuses).
   */
  env(): Record<string, string> {
    const inherited = process.env.NODE_OPTIONS ?? '';
    return {
      NODE_OPTIONS: `${inherited} --expose-gc --import ${PRELOAD}`.trim(),
      CHIIKI_PROBE: this.dir,
      CHIIKI_PROBE_V8_FLAGS: process.env.RELIABILITY_V8_FLAGS ?? '',
    };
  }

  /** Makes the given operations on paths containing `match` fail with `code` (EIO, ENOSPC...). */
  async fail(ops: ProbeOp[], match: string, code: string): Promise<void> {
    writeFileSync(join(this.dir, 'fault.json'), JSON.stringify({ ops, match, code }));
    await sleep(100);
  }

  /** The disk works again. */
  async heal(): Promise<void> {
    rmSync(join(this.dir, 'fault.json'), { force: true });
    await sleep(100);
  }

  /** The server's memory after two full GCs. */
  async memory(timeoutMs = 10_000): Promise<Memory> {
    const n = this.asked++ % 4;
    const answer = join(this.dir, `mem-${n}.json`);
    rmSync(answer, { force: true });
    writeFileSync(join(this.dir, `mem-${n}.req`), '');
    const start = Date.now();
    while (!existsSync(answer)) {
      if (Date.now() - start > timeoutMs) throw new Error('the server did not answer the memory probe');
      await sleep(25);
    }
    return JSON.parse(readFileSync(answer, 'utf8')) as Memory;
  }

  /**
   * Writes a V8 heap snapshot of the server (after a full GC) and returns its path, inside the
   * control directory (removed by dispose(): copy it out to keep it). For tracing a growth the
   * suite found: `cd tests && npx tsx reliability/lib/heapSnapshot.ts before after` lists what grew.
   */
  async heapSnapshot(timeoutMs = 120_000): Promise<string> {
    const n = this.snapshots++ % 4;
    const answer = join(this.dir, `snap-${n}.heapsnapshot`);
    rmSync(answer, { force: true });
    writeFileSync(join(this.dir, `snap-${n}.req`), '');
    const start = Date.now();
    while (!existsSync(answer)) {
      if (Date.now() - start > timeoutMs) throw new Error('the server did not write the heap snapshot');
      await sleep(100);
    }
    return answer;
  }

  /**
   * The server's heap after a full GC split into objects and compiled code (see heapSplit). The
   * snapshot file (tens of MB) is removed at once, so its dirty pages are never written back while
   * the server's fsyncs are being timed.
   */
  async heapSplit(): Promise<{ objectBytes: number; codeBytes: number }> {
    const path = await this.heapSnapshot();
    try {
      return heapSplit(path);
    } finally {
      rmSync(path, { force: true });
    }
  }

  /** Starts a CPU profile of the server (V8's sampling profiler, through node:inspector). */
  async startProfile(): Promise<void> {
    rmSync(join(this.dir, 'prof.cpuprofile'), { force: true });
    writeFileSync(join(this.dir, 'prof-start.req'), '');
    await sleep(100);
  }

  /** Stops the CPU profile and returns the path of the .cpuprofile (Chrome DevTools format). */
  async stopProfile(timeoutMs = 30_000): Promise<string> {
    const answer = join(this.dir, 'prof.cpuprofile');
    writeFileSync(join(this.dir, 'prof-stop.req'), '');
    const start = Date.now();
    while (!existsSync(answer)) {
      if (Date.now() - start > timeoutMs) throw new Error('the server did not write the CPU profile');
      await sleep(100);
    }
    return answer;
  }

  /** Removes the control directory. */
  dispose(): void {
    this.unhook();
    removeDir(this.dir);
  }
}

/** The resident set size of a process in bytes, from /proc (Linux), for servers without a probe. */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb * 1024;
}

/**
 * The CPU time (user + system, ms) a process has used, from /proc (Linux): the work a server
 * does for its traffic, which a busy shared machine delays but does not inflate the way it
 * inflates wall-clock latency.
 */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat(5), in clock ticks of 10 ms on Linux.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
