import { crc32 } from 'node:zlib';

/** First bytes of every room log: a file without them is not ours and is never overwritten. */
export const LOG_MAGIC = new TextEncoder().encode('CHIIKI-YLOG-1\n');
const HEADER = 8;
/** No single record may claim more than this; a larger length is corruption, not data. */
export const MAX_FRAME = 256 * 1024 * 1024;

/** A log file that cannot be read as ours: the room is refused and the file left untouched. */
export class CorruptLogError extends Error {
  override readonly name = 'CorruptLogError';
}

/** Frames one record: length (u32 BE), CRC32 of the payload (u32 BE), payload. */
export function encodeFrame(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER + payload.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, payload.length);
  view.setUint32(4, crc32(payload));
  out.set(payload, HEADER);
  return out;
}

/** What a scan of a log file found: the intact records and where the intact part ends. */
export interface ScanResult {
  payloads: Uint8Array[];
  /** Byte length of the intact prefix; anything after it is zeros or a torn tail. */
  validEnd: number;
  /** True when bytes other than zeros follow the intact prefix: a torn tail to cut off. */
  torn: boolean;
}

/** Whether every byte from `from` to the end is zero: space the log reserved and never wrote. */
function zeroFrom(buf: Uint8Array, from: number): boolean {
  for (let i = from; i < buf.length; i++) if (buf[i] !== 0) return false;
  return true;
}

/**
 * Reads the records of a log file. The log ends at the first zero length (no record is empty:
 * every one starts with its kind), after which the file holds only the zeros it reserved ahead
 * (see RoomLog). A record cut short by a crash during a write, never acknowledged, is a torn tail:
 * the end of the file, or followed by nothing but zeros. A bad record followed by data is corruption.
 */
export function scanFrames(buf: Uint8Array): ScanResult {
  if (buf.length < LOG_MAGIC.length) {
    if (LOG_MAGIC.subarray(0, buf.length).every((b, i) => buf[i] === b)) {
      return { payloads: [], validEnd: 0, torn: buf.length > 0 };
    }
    throw new CorruptLogError('log header is not ours');
  }
  if (!LOG_MAGIC.every((b, i) => buf[i] === b)) throw new CorruptLogError('log header is not ours');
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const payloads: Uint8Array[] = [];
  let offset = LOG_MAGIC.length;
  while (offset < buf.length) {
    if (buf.length - offset < HEADER) return { payloads, validEnd: offset, torn: !zeroFrom(buf, offset) };
    const length = view.getUint32(offset);
    const sum = view.getUint32(offset + 4);
    const end = offset + HEADER + length;
    if (length === 0) {
      if (zeroFrom(buf, offset)) return { payloads, validEnd: offset, torn: false };
      throw new CorruptLogError(`record at ${offset} is empty but data follows`);
    }
    if (length > MAX_FRAME) throw new CorruptLogError(`record at ${offset} claims ${length} bytes`);
    if (end > buf.length) return { payloads, validEnd: offset, torn: true };
    const payload = buf.subarray(offset + HEADER, end);
    if (crc32(payload) !== sum) {
      if (zeroFrom(buf, end)) return { payloads, validEnd: offset, torn: true };
      throw new CorruptLogError(`record at ${offset} fails its checksum`);
    }
    payloads.push(payload);
    offset = end;
  }
  return { payloads, validEnd: offset, torn: false };
}
