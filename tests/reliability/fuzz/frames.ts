import { notesMap, putNote } from '@chiiki/model';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Rng } from '../lib/rng';
import { facilitatorNote } from '../lib/writers';

/** One hostile frame: its bytes, whether it goes as a text frame, and what kind it is. */
export interface Frame {
  kind: string;
  data: Uint8Array | string;
}

const enc = (write: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
};
/** Outer sync message, step (0/1/2), then a var-length payload. */
const sync = (step: number, payload: Uint8Array) =>
  enc((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
  });
const awareness = (payload: Uint8Array) =>
  enc((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, payload);
  });
const HUGE = [0x7fffffff, 0xffffffff, 2 ** 53 - 1];
/** Just varints, in order. */
const varints = (...numbers: number[]) =>
  enc((e) => {
    for (const n of numbers) encoding.writeVarUint(e, n);
  });

/** A real update of a small board, the raw material for mutations and truncations. */
function validUpdate(workshopId: string): Uint8Array {
  const doc = new Y.Doc();
  for (let i = 0; i < 3; i++) putNote(doc, facilitatorNote(workshopId, `種${i}`, i));
  return Y.encodeStateAsUpdate(doc);
}

/** A note whose map nests 20,000 levels deep: recursion in toJSON or an encoder would blow up. */
function deepUpdate(): Uint8Array {
  const doc = new Y.Doc();
  let map = notesMap(doc) as Y.Map<unknown>;
  doc.transact(() => {
    for (let i = 0; i < 20_000; i++) {
      const next = new Y.Map<unknown>();
      map.set('deep', next);
      map = next;
    }
  });
  return Y.encodeStateAsUpdate(doc);
}

/** Yjs update headers and contents that promise far more than they hold. */
function craftedUpdate(rng: Rng): Uint8Array {
  const huge = rng.pick(HUGE);
  return enc((e) => {
    encoding.writeVarUint(e, rng.pick([1, huge])); // number of clients
    encoding.writeVarUint(e, rng.pick([1, huge])); // number of structs
    encoding.writeVarUint(e, rng.int(2 ** 31)); // client
    encoding.writeVarUint(e, rng.pick([0, huge])); // clock
    const info = rng.pick([4, 8, 7, 9, 5, 3, 2, 10, 0, 1]); // string, any, type, doc, embed, binary, json, skip, gc, deleted
    encoding.writeUint8(e, info);
    if (info === 0 || info === 10) encoding.writeVarUint(e, huge);
    else {
      encoding.writeVarString(e, 'notes');
      encoding.writeVarUint(e, huge);
    }
    encoding.writeVarUint(e, rng.pick([0, 1, huge])); // delete set: clients
    encoding.writeVarUint(e, rng.int(2 ** 31));
    encoding.writeVarUint(e, rng.pick([1, huge]));
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, huge);
  });
}

/**
 * Makes the hostile frames: broken y-protocol messages, huge varints, truncated and mutated
 * updates, crafted headers, a deep structure, awareness lies, text frames and oversized frames.
 * Everything derives from the seed, so a crash replays with the same RELIABILITY_SEED.
 */
export function frameMaker(rng: Rng, workshopId: string, oversizedBudget: number) {
  const valid = validUpdate(workshopId);
  // The same bytes every time, so encoded once: 300 KiB and 1 MiB frames made afresh for each send
  // cost the fuzzer's process (which shares the box's two cores with the server) CPU and garbage.
  const deep = sync(2, deepUpdate());
  const oversizedFrame = sync(2, new Uint8Array(1024 * 1024 + 16));
  let oversized = 0;
  const makers: Array<() => Frame> = [
    () => ({ kind: 'random bytes', data: rng.bytes(1 + rng.int(512)) }),
    () => ({ kind: 'unknown type', data: enc((e) => encoding.writeVarUint(e, 4 + rng.int(1000))) }),
    () => ({ kind: 'varint overflow', data: new Uint8Array(12 + rng.int(20)).fill(0xff) }),
    () => ({ kind: 'unknown sync step', data: sync(3 + rng.int(100), rng.bytes(rng.int(64))) }),
    () => ({
      kind: 'huge length',
      data: varints(0, 2, rng.pick(HUGE)),
    }),
    () => ({ kind: 'truncated update', data: sync(2, valid.subarray(0, 1 + rng.int(valid.length - 1))) }),
    () => {
      const bytes = Uint8Array.from(valid);
      for (let i = 0; i < 1 + rng.int(6); i++) bytes[rng.int(bytes.length)] = rng.int(256);
      return { kind: 'mutated update', data: sync(rng.pick([1, 2]), bytes) };
    },
    () => ({ kind: 'crafted update', data: sync(2, craftedUpdate(rng)) }),
    () => ({ kind: 'deep structure', data: deep }),
    () => ({
      kind: 'state vector lie',
      data: sync(0, varints(1, rng.int(2 ** 31), rng.pick(HUGE))),
    }),
    () => ({
      kind: 'awareness lie',
      data: awareness(
        enc((e) => {
          encoding.writeVarUint(e, rng.pick([1, 3, rng.pick(HUGE)]));
          encoding.writeVarUint(e, rng.int(2 ** 31));
          encoding.writeVarUint(e, rng.pick([1, rng.pick(HUGE)]));
          const state = rng.pick([
            '{"user":{"role":"facilitator","name":"先生"}}',
            '{',
            'null',
            '"x"',
            'y'.repeat(5000),
          ]);
          encoding.writeVarString(e, state);
        }),
      ),
    }),
    () => ({ kind: 'query flood', data: enc((e) => encoding.writeVarUint(e, 3)) }),
    () => ({ kind: 'text frame', data: 'x'.repeat(1 + rng.int(100)) }),
  ];
  // RELIABILITY_FUZZ_SKIP="deep structure,…" leaves kinds out, to find which kind costs what.
  const skip = new Set((process.env.RELIABILITY_FUZZ_SKIP ?? '').split(',').filter(Boolean));
  const one = (): Frame => {
    if (oversized < oversizedBudget && rng.int(200) === 0) {
      oversized += 1;
      return { kind: 'oversized frame', data: oversizedFrame };
    }
    return rng.pick(makers)();
  };
  return (): Frame => {
    for (let tries = 0; tries < 1000; tries++) {
      const frame = one();
      if (!skip.has(frame.kind)) return frame;
    }
    throw new Error('RELIABILITY_FUZZ_SKIP leaves no kind of frame');
  };
}
