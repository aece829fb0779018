// Loaded into the spawned server process by the reliability suite only (NODE_OPTIONS=--import),
// never by `npm start`. It reads a control directory (CHIIKI_PROBE) and
//  - fails file operations as a broken or full disk would (fault.json: { ops, match, code }), at
//    the same fs/promises calls the store makes, with real errno-shaped errors;
//  - answers memory questions (mem-<n>.req → mem-<n>.json: process.memoryUsage() after a full GC),
//    so the suite can check heap growth without an endpoint in the product;
//  - writes a heap snapshot on request (snap-<n>.req → snap-<n>.heapsnapshot, after a full GC), so a
//    growth the suite finds can be traced to the objects that hold it;
//  - records a CPU profile between prof-start.req and prof-stop.req (→ prof.cpuprofile), so a
//    stall the suite finds can be traced to the code that takes the event loop.
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import { Session } from 'node:inspector';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import { constants, createHistogram, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString, writeHeapSnapshot } from 'node:v8';

const dir = process.env.CHIIKI_PROBE;
let fault = null;
// The event loop's delay and the garbage collections since the last memory answer: what every
// room waited for, told apart from what the machine's other processes cost.
const loop = monitorEventLoopDelay({ resolution: 1 });
let gc = { count: 0, totalMs: 0, maxMs: 0, major: 0, majorMaxMs: 0 };
// Bytes the server's sockets read: each read is a fresh buffer outside the JS heap, which V8
// counts against the old generation's limit (what starts mark-compacts under a hostile stream).
let received = { bytes: 0, reads: 0 };
// The store's fsyncs: every note a room acknowledges waits for one, on the disk all rooms share.
const fsyncs = createHistogram();
function pauses() {
  const ms = (ns) => Math.round(ns / 1e4) / 100;
  const round = (n) => Math.round(n * 100) / 100;
  const answer = {
    loop: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
    gc: { ...gc, totalMs: round(gc.totalMs), maxMs: round(gc.maxMs), majorMaxMs: round(gc.majorMaxMs) },
    received,
    fsyncs: {
      count: fsyncs.count,
      p50: fsyncs.count ? ms(fsyncs.percentile(50)) : 0,
      p99: fsyncs.count ? ms(fsyncs.percentile(99)) : 0,
      max: fsyncs.count ? ms(fsyncs.max) : 0,
    },
  };
  fsyncs.reset();
  received = { bytes: 0, reads: 0 };
  loop.reset();
  gc = { count: 0, totalMs: 0, maxMs: 0, major: 0, majorMaxMs: 0 };
  return answer;
}
let stamp = 0;
const paths = new WeakMap();

function poll() {
  // Lookups that do not throw: a missing file every 25 ms must not make garbage in the server.
  const info = statSync(`${dir}/fault.json`, { throwIfNoEntry: false });
  if (!info) {
    fault = null;
    stamp = 0;
  } else if (info.mtimeMs !== stamp) {
    stamp = info.mtimeMs;
    fault = JSON.parse(readFileSync(`${dir}/fault.json`, 'utf8'));
  }
  for (let n = 0; n < 4; n++) {
    if (!existsSync(`${dir}/mem-${n}.req`)) continue;
    rmSync(`${dir}/mem-${n}.req`, { force: true });
    const since = pauses();
    globalThis.gc?.();
    globalThis.gc?.();
    const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]));
    writeFileSync(`${dir}/mem-${n}.tmp`, JSON.stringify({ ...process.memoryUsage(), spaces, ...since }));
    renameSync(`${dir}/mem-${n}.tmp`, `${dir}/mem-${n}.json`);
  }
  for (let n = 0; n < 4; n++) {
    if (!existsSync(`${dir}/snap-${n}.req`)) continue;
    rmSync(`${dir}/snap-${n}.req`, { force: true });
    globalThis.gc?.();
    writeHeapSnapshot(`${dir}/snap-${n}.tmp`);
    renameSync(`${dir}/snap-${n}.tmp`, `${dir}/snap-${n}.heapsnapshot`);
  }
  profile();
}

let profiler = null;

function taken(name) {
  if (!existsSync(`${dir}/${name}`)) return false;
  rmSync(`${dir}/${name}`, { force: true });
  return true;
}

function profile() {
  if (taken('prof-start.req') && !profiler) {
    profiler = new Session();
    profiler.connect();
    profiler.post('Profiler.enable');
    profiler.post('Profiler.start');
  }
  if (taken('prof-stop.req') && profiler) {
    const session = profiler;
    profiler = null;
    session.post('Profiler.stop', (error, result) => {
      writeFileSync(`${dir}/prof.tmp`, JSON.stringify(error ? {} : result.profile));
      renameSync(`${dir}/prof.tmp`, `${dir}/prof.cpuprofile`);
      session.disconnect();
    });
  }
}

function check(op, path) {
  poll();
  if (!fault?.ops.includes(op) || !String(path).includes(fault.match)) return;
  const error = new Error(`${fault.code}: injected fault, ${op} '${path}'`);
  Object.assign(error, { code: fault.code, syscall: op, path: String(path) });
  throw error;
}

if (dir) {
  // V8 flags Node refuses in NODE_OPTIONS (--trace-gc, --trace-gc-nvp…), to see why collections start.
  if (process.env.CHIIKI_PROBE_V8_FLAGS) setFlagsFromString(process.env.CHIIKI_PROBE_V8_FLAGS);
  const push = net.Socket.prototype.push;
  net.Socket.prototype.push = function (chunk, ...rest) {
    if (chunk) {
      received.bytes += chunk.length;
      received.reads += 1;
    }
    return push.call(this, chunk, ...rest);
  };
  setInterval(poll, 25).unref();
  loop.enable();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.detail?.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) continue; // the probe's own
      gc.count += 1;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
      if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        gc.major += 1;
        gc.majorMaxMs = Math.max(gc.majorMaxMs, entry.duration);
      }
    }
  }).observe({ entryTypes: ['gc'] });
  const { readFile, open, rename } = fsp;
  fsp.readFile = async (path, ...rest) => {
    check('read', path);
    return readFile(path, ...rest);
  };
  fsp.rename = async (from, to) => {
    check('rename', to);
    return rename(from, to);
  };
  fsp.open = async (path, ...rest) => {
    check('open', path);
    const handle = await open(path, ...rest);
    paths.set(handle, String(path));
    return handle;
  };
  syncBuiltinESMExports();
  const probe = await open(import.meta.filename ?? new URL(import.meta.url).pathname, 'r');
  const proto = Object.getPrototypeOf(probe);
  await probe.close();
  for (const [method, op] of [
    ['write', 'write'],
    ['datasync', 'sync'],
    ['sync', 'sync'],
    ['truncate', 'truncate'],
  ]) {
    const original = proto[method];
    proto[method] = async function (...args) {
      check(op, paths.get(this) ?? '');
      if (op !== 'sync') return original.apply(this, args);
      const started = performance.now();
      try {
        return await original.apply(this, args);
      } finally {
        fsyncs.record(Math.max(1, Math.round((performance.now() - started) * 1e6)));
      }
    };
  }
}
