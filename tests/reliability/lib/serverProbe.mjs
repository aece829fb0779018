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
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';

const dir = process.env.CHIIKI_PROBE;
let fault = null;
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
    globalThis.gc?.();
    globalThis.gc?.();
    const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]));
    writeFileSync(`${dir}/mem-${n}.tmp`, JSON.stringify({ ...process.memoryUsage(), spaces }));
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
  setInterval(poll, 25).unref();
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
      return original.apply(this, args);
    };
  }
}
