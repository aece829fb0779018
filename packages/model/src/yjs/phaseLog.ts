import * as v from 'valibot';
import type * as Y from 'yjs';
import { IsoTimestampSchema } from '../records/time';
import { PhaseSchema } from '../records/workshop';
import { DOC_KEYS } from './layout';

/** One phase change: which phase began, and when. */
export const PhaseLogEntrySchema = v.object({ phase: PhaseSchema, at: IsoTimestampSchema });
/** One phase change. */
export type PhaseLogEntry = v.InferOutput<typeof PhaseLogEntrySchema>;

/**
 * The phase changes of the workshop, in order: evaluation reads how long people wrote and
 * voted, which the current phase alone cannot tell.
 */
export function phaseLogArray(doc: Y.Doc): Y.Array<PhaseLogEntry> {
  return doc.getArray(DOC_KEYS.phaseLog);
}

/** Reads the valid entries of the phase log, in the order they were made. */
export function listPhaseLog(doc: Y.Doc): PhaseLogEntry[] {
  return phaseLogArray(doc)
    .toArray()
    .flatMap((entry) => {
      const parsed = v.safeParse(PhaseLogEntrySchema, entry);
      return parsed.success ? [parsed.output] : [];
    });
}
