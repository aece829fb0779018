import { describe, expect, it } from 'vitest';
import { CorruptLogError, encodeFrame, LOG_MAGIC, scanFrames } from './frames';
import { decodeRecord, encodeRecord } from './records';

const file = (...frames: Uint8Array[]) => {
  const parts = [LOG_MAGIC, ...frames];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('log frames', () => {
  it('round-trips records of every kind', () => {
    const update = new Uint8Array([1, 2, 3]);
    const records = [
      { kind: 'update' as const, update },
      {
        kind: 'command' as const,
        applied: { commandId: 'c1', participantId: 'p1', result: { a: 1 } },
        update,
      },
      { kind: 'snapshot' as const, applied: [], update },
    ];
    const scan = scanFrames(file(...records.map((r) => encodeFrame(encodeRecord(r)))));
    expect(scan.torn).toBe(false);
    expect(scan.payloads.map(decodeRecord)).toEqual(records);
  });

  it('treats a record cut short at the end as a torn tail', () => {
    const a = encodeFrame(new Uint8Array([1, 1, 1]));
    const b = encodeFrame(new Uint8Array([1, 2, 2, 2, 2]));
    const whole = file(a, b);
    for (let cut = 1; cut < b.length; cut++) {
      const cutFile = whole.subarray(0, whole.length - cut);
      const scan = scanFrames(cutFile);
      // What is left of b's bytes is torn, unless it is only zeros (the high bytes of its length).
      const left = cutFile.subarray(LOG_MAGIC.length + a.length);
      expect(scan).toMatchObject({ torn: left.some((x) => x !== 0), validEnd: LOG_MAGIC.length + a.length });
      expect(scan.payloads).toHaveLength(1);
    }
  });

  it('ends the log at the zeros it reserved ahead, and cuts a torn record followed only by them', () => {
    const a = encodeFrame(new Uint8Array([1, 1, 1]));
    const b = encodeFrame(new Uint8Array([1, 2, 2, 2, 2]));
    const reserved = file(a, b, new Uint8Array(64));
    expect(scanFrames(reserved)).toMatchObject({
      torn: false,
      validEnd: LOG_MAGIC.length + a.length + b.length,
    });
    expect(scanFrames(reserved).payloads).toHaveLength(2);
    const damaged = file(a, b, new Uint8Array(64));
    damaged[LOG_MAGIC.length + a.length + 9] = 99;
    expect(scanFrames(damaged)).toMatchObject({ torn: true, validEnd: LOG_MAGIC.length + a.length });
    const halfHeader = file(a, new Uint8Array([0, 0, 0, 9, 7]), new Uint8Array(64));
    expect(scanFrames(halfHeader)).toMatchObject({ torn: true, validEnd: LOG_MAGIC.length + a.length });
  });

  it('refuses data after an empty record: zeros in the middle are not the reserved end', () => {
    const a = encodeFrame(new Uint8Array([1, 1, 1]));
    const gap = file(a, new Uint8Array(16), encodeFrame(new Uint8Array([1, 2, 2])));
    expect(() => scanFrames(gap)).toThrow(CorruptLogError);
  });

  it('refuses a damaged record in the middle and a foreign header', () => {
    const a = encodeFrame(new Uint8Array([1, 1, 1]));
    const b = encodeFrame(new Uint8Array([1, 2, 2]));
    const damaged = file(a, b);
    damaged[LOG_MAGIC.length + 9] = 99;
    expect(() => scanFrames(damaged)).toThrow(CorruptLogError);
    expect(() => scanFrames(new TextEncoder().encode('{"json":"not a log"}'))).toThrow(CorruptLogError);
  });
});
