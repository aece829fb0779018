import { scanFrames } from './frames';
import { decodeRecord, type LogRecord } from './records';
import type { StoreFs } from './storeFs';

/** A write refused because the disk is failing and the bounded queue is full. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

/** Reads a room log without changing it: a failed or corrupt read must leave the file as it was. */
export async function readRoomLog(fs: StoreFs, path: string) {
  const buf = await fs.read(path);
  if (!buf) return { records: [] as LogRecord[], validEnd: 0, torn: false, exists: false };
  const scan = scanFrames(buf);
  return { records: scan.payloads.map(decodeRecord), validEnd: scan.validEnd, torn: scan.torn, exists: true };
}
