import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/**
 * The largest Yjs update a facilitator connection may send in one message. A facilitator tablet
 * that wrote 500 notes offline (100 Japanese characters each, each edited once) catches up with
 * one sync step 2 of about 310 KiB (measured); live edits are a few hundred bytes. Larger
 * updates are refused with 1009 before decoding.
 */
export const MAX_UPDATE_BYTES = 512 * 1024;
/**
 * New shared types (Y.Map and friends) one update may create. The layout makes one per note or
 * group, so a 500-note catch-up makes about 500; 2,000 leaves a wide margin.
 */
export const MAX_NEW_TYPES = 2000;
/** Nesting of plain JSON values (`position`, the plan) is shallow; deeper is crafted. */
const MAX_ANY_DEPTH = 32;

/** Why an update is refused, with the WebSocket close code to refuse it with. */
export interface UpdateRefusal {
  code: 1007 | 1009;
  reason: string;
}

type ParentRef = { kind: 'root' } | { kind: 'nested' } | { kind: 'via'; client: number; clock: number };

interface Range {
  clock: number;
  len: number;
  parent: ParentRef;
}

const BITS5 = 31;
const BIT6 = 32;
const BIT7 = 64;
const BIT8 = 128;
const YMAP_XML_KEYED = new Set([3, 5]); // YXmlElement, YXmlHook carry a node name

class Malformed extends Error {}

function skipBytes(d: decoding.Decoder, n: number): void {
  if (n < 0 || d.pos + n > d.arr.length) throw new Malformed('truncated');
  d.pos += n;
}

function skipVarString(d: decoding.Decoder): void {
  skipBytes(d, decoding.readVarUint(d));
}

function readVarUint(d: decoding.Decoder): number {
  if (d.pos >= d.arr.length) throw new Malformed('truncated');
  return decoding.readVarUint(d);
}

/** Skips a lib0 `any` value without recursion, refusing deep nesting. */
function skipAny(d: decoding.Decoder): void {
  // Each entry: how many values (and whether they are keyed) are still to read at that depth.
  const stack: Array<{ left: number; keyed: boolean }> = [{ left: 1, keyed: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { left: number; keyed: boolean };
    if (top.left === 0) {
      stack.pop();
      continue;
    }
    top.left -= 1;
    if (top.keyed) skipVarString(d);
    if (d.pos >= d.arr.length) throw new Malformed('truncated');
    const type = decoding.readUint8(d);
    switch (type) {
      case 127:
      case 126:
      case 121:
      case 120:
        break;
      case 125: // varint: bytes until one without the continuation bit
        while ((decoding.readUint8(d) & BIT8) !== 0)
          if (d.pos >= d.arr.length) throw new Malformed('truncated');
        break;
      case 124:
        skipBytes(d, 4);
        break;
      case 123:
      case 122:
        skipBytes(d, 8);
        break;
      case 119:
      case 116:
        skipVarString(d);
        break;
      case 118:
      case 117:
        if (stack.length >= MAX_ANY_DEPTH) throw new Malformed('value nested too deeply');
        stack.push({ left: readVarUint(d), keyed: type === 118 });
        break;
      default:
        throw new Malformed('unknown value type');
    }
  }
}

function findRange(ranges: Range[] | undefined, clock: number): Range | undefined {
  if (!ranges) return undefined;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid] as Range;
    if (clock < r.clock) hi = mid - 1;
    else if (clock >= r.clock + r.len) lo = mid + 1;
    else return r;
  }
  return undefined;
}

/** Whether the item at (client, clock) sits in a root type, a nested one, or cannot be told. */
function parentOf(
  doc: Y.Doc,
  structs: Map<number, Range[]>,
  client: number,
  clock: number,
): 'root' | 'nested' | 'unknown' {
  for (let steps = 0; steps < 1_000_000; steps++) {
    const range = findRange(structs.get(client), clock);
    if (range) {
      if (range.parent.kind !== 'via') return range.parent.kind;
      client = range.parent.client;
      clock = range.parent.clock;
      continue;
    }
    if (Y.getState(doc.store, client) <= clock) return 'unknown';
    const item = Y.getItem(doc.store, Y.createID(client, clock)) as Y.Item | Y.GC;
    // A GC'd origin: Yjs turns the new item into GC as well, so it creates nothing.
    if (!(item instanceof Y.Item)) return 'root';
    const parent = item.parent as Y.AbstractType<unknown> | null;
    if (!parent || typeof parent !== 'object' || !('_item' in parent)) return 'unknown';
    return parent._item === null ? 'root' : 'nested';
  }
  return 'unknown';
}

/**
 * Reads a Yjs (v1) update's struct headers without applying it or building any object, and
 * refuses what the board's layout never produces: root maps → one Y.Map per note or group →
 * plain values. Costs one pass over the bytes, so a crafted 20,000-level structure is refused in
 * about a millisecond instead of taking 30–120 ms to apply (every time it is resent) and
 * overflowing the stack of whoever reads it later. Returns undefined for an acceptable update.
 */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array): UpdateRefusal | undefined {
  if (update.byteLength > MAX_UPDATE_BYTES) return { code: 1009, reason: 'update too large' };
  const d = decoding.createDecoder(update);
  const structs = new Map<number, Range[]>();
  const types: Array<{ client: number; clock: number; parent: ParentRef }> = [];
  try {
    const clients = readVarUint(d);
    for (let c = 0; c < clients; c++) {
      const count = readVarUint(d);
      const client = readVarUint(d);
      let clock = readVarUint(d);
      const ranges: Range[] = structs.get(client) ?? [];
      structs.set(client, ranges);
      for (let i = 0; i < count; i++) {
        if (d.pos >= d.arr.length) throw new Malformed('truncated');
        const info = decoding.readUint8(d);
        const ref = info & BITS5;
        if (ref === 0 || ref === 10) {
          clock += readVarUint(d); // GC or Skip: a length, nothing inside
          continue;
        }
        let parent: ParentRef;
        if ((info & BIT8) !== 0) {
          const oc = readVarUint(d);
          const ok = readVarUint(d);
          parent = { kind: 'via', client: oc, clock: ok };
        } else parent = { kind: 'root' };
        if ((info & BIT7) !== 0) {
          const rc = readVarUint(d);
          const rk = readVarUint(d);
          if (parent.kind !== 'via') parent = { kind: 'via', client: rc, clock: rk };
        }
        if ((info & (BIT7 | BIT8)) === 0) {
          if (readVarUint(d) === 1) {
            skipVarString(d);
            parent = { kind: 'root' };
          } else {
            readVarUint(d);
            readVarUint(d);
            parent = { kind: 'nested' };
          }
          if ((info & BIT6) !== 0) skipVarString(d);
        }
        let len = 1;
        switch (ref) {
          case 1: // deleted
            len = readVarUint(d);
            break;
          case 2: // JSON: strings
            len = readVarUint(d);
            for (let k = 0; k < len; k++) skipVarString(d);
            break;
          case 3: // binary
          case 5: // embed
            skipVarString(d);
            break;
          case 4: // string: its length in UTF-16 units is the clock it takes
            if (d.pos >= d.arr.length) throw new Malformed('truncated');
            len = decoding.readVarString(d).length;
            break;
          case 6: // format: key, JSON
            skipVarString(d);
            skipVarString(d);
            break;
          case 7: {
            const typeRef = readVarUint(d);
            if (typeRef > 6) throw new Malformed('unknown type');
            if (YMAP_XML_KEYED.has(typeRef)) skipVarString(d);
            if (types.length >= MAX_NEW_TYPES) return { code: 1007, reason: 'too many new shared types' };
            types.push({ client, clock, parent });
            break;
          }
          case 8: // any: a count of values
            len = readVarUint(d);
            for (let k = 0; k < len; k++) skipAny(d);
            break;
          default: // 9: a subdocument, which the layout never holds
            return { code: 1007, reason: 'unsupported content' };
        }
        ranges.push({ clock, len: Math.max(len, 1), parent });
        clock += Math.max(len, 1);
      }
    }
    // The delete set: clients, then (clock, length) ranges; only its shape is checked.
    const dsClients = readVarUint(d);
    for (let c = 0; c < dsClients; c++) {
      readVarUint(d);
      const n = readVarUint(d);
      for (let k = 0; k < n; k++) {
        readVarUint(d);
        readVarUint(d);
      }
    }
  } catch {
    // Malformed, or lib0's own "unexpected end of array": Yjs would throw on it as well.
    return { code: 1007, reason: 'malformed update' };
  }
  for (const t of types) {
    const where =
      t.parent.kind === 'via' ? parentOf(doc, structs, t.parent.client, t.parent.clock) : t.parent.kind;
    if (where !== 'root') return { code: 1007, reason: 'nesting deeper than the board layout' };
  }
  return undefined;
}
