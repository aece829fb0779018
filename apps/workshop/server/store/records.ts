import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CorruptLogError } from './frames';

/** What the server answered to a command; kept so a retried command gets the same answer. */
export interface AppliedCommand {
  commandId: string;
  participantId: string;
  result: Record<string, unknown>;
}

/** One entry of a room log, decoded. */
export type LogRecord =
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'command'; applied: AppliedCommand; update: Uint8Array }
  | { kind: 'snapshot'; applied: AppliedCommand[]; update: Uint8Array };

const KIND = { update: 1, command: 2, snapshot: 3 } as const;

/**
 * Encodes a record. A command's Yjs update and its idempotency entry share one record, so a
 * crash can never keep the change but forget that the command was applied (or the reverse).
 */
export function encodeRecord(record: LogRecord): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, KIND[record.kind]);
  if (record.kind !== 'update') {
    const meta = record.kind === 'command' ? record.applied : { applied: record.applied };
    encoding.writeVarString(encoder, JSON.stringify(meta));
  }
  encoding.writeUint8Array(encoder, record.update);
  return encoding.toUint8Array(encoder);
}

/** Decodes a record; anything unexpected is corruption, never silently skipped. */
export function decodeRecord(payload: Uint8Array): LogRecord {
  try {
    const decoder = decoding.createDecoder(payload);
    const kind = decoding.readUint8(decoder);
    if (kind === KIND.update) return { kind: 'update', update: decoding.readTailAsUint8Array(decoder) };
    const meta = JSON.parse(decoding.readVarString(decoder));
    const update = decoding.readTailAsUint8Array(decoder);
    if (kind === KIND.command) return { kind: 'command', applied: meta as AppliedCommand, update };
    if (kind === KIND.snapshot && Array.isArray(meta.applied)) {
      return { kind: 'snapshot', applied: meta.applied as AppliedCommand[], update };
    }
  } catch (error) {
    throw new CorruptLogError(`unreadable record: ${(error as Error).message}`);
  }
  throw new CorruptLogError('unknown record kind');
}
