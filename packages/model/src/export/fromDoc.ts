import * as v from 'valibot';
import * as Y from 'yjs';
import type { AuditEntry } from '../facilitation/audit';
import type { Attendance } from '../records/attendance';
import type { Plan } from '../records/plan';
import type { Vote } from '../records/vote';
import type { Workshop } from '../records/workshop';
import { explainIssues } from '../validation/explain';
import { listGroups, putGroup } from '../yjs/groups';
import { DOC_KEYS, getPlan, listNotes, metaMap, putNote, setPlan } from '../yjs/layout';
import { listPhaseLog } from '../yjs/phaseLog';
import { listVotes, putVote } from '../yjs/votes';
import {
  EXPORT_SCHEMA_VERSION,
  type ExportParticipant,
  type WorkshopExport,
  WorkshopExportSchema,
} from './schema';

/** What the server knows beside the document: the workshop record, attendance, and choices. */
export type ExportSources = {
  workshop: Workshop;
  attendance: readonly Attendance[];
  /** Votes kept outside the doc; by default they are read from the doc. */
  votes?: readonly Vote[];
  /** The plan, if the doc has none stored. */
  plan?: Plan;
  /** Nicknames to include; only when the facilitator chose to, otherwise leave out. */
  participants?: readonly ExportParticipant[];
  /** The audit trail of notes taken off the board; left out of the file when absent. */
  audit?: readonly AuditEntry[];
  /** The export time; defaults to now (tests pass a fixed time). */
  exportedAt?: string;
};

/**
 * Builds the export of one workshop from its Y.Doc through the layout accessors, so the file
 * holds exactly what the board showed. A note whose group was deleted loses the dangling
 * `groupId`, and votes on deleted notes are left out: neither means anything in the record.
 * Throws if the result is still not a valid export: that is a bug, not user input.
 */
export function exportFromDoc(doc: Y.Doc, sources: ExportSources): WorkshopExport {
  const { workshop } = sources;
  const plan = getPlan(doc) ?? sources.plan;
  if (!plan) throw new Error('exportFromDoc: the document has no plan and none was given');
  const groups = listGroups(doc, workshop.id);
  const groupIds = new Set<string>(groups.map((g) => g.id));
  const notes = listNotes(doc, workshop.id).map((note) => {
    if (note.groupId === undefined || groupIds.has(note.groupId)) return note;
    const { groupId: _, ...rest } = note;
    return rest;
  });
  const noteIds = new Set<string>(notes.map((n) => n.id));
  const candidate = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: sources.exportedAt ?? new Date().toISOString(),
    plan,
    workshop,
    notes,
    groups,
    votes: (sources.votes ? [...sources.votes] : listVotes(doc, workshop.id)).filter((vote) =>
      noteIds.has(vote.noteId),
    ),
    attendance: [...sources.attendance],
    phaseLog: listPhaseLog(doc),
    includesNicknames: sources.participants !== undefined,
    ...(sources.participants ? { participants: [...sources.participants] } : {}),
    ...(sources.audit ? { audit: [...sources.audit] } : {}),
  };
  const parsed = v.safeParse(WorkshopExportSchema, candidate);
  if (!parsed.success) throw new Error(`exportFromDoc: ${explainIssues(parsed.issues).en}`);
  return parsed.output;
}

/**
 * Rebuilds a workshop's Y.Doc from an export (restoring an archived board, or seeding a demo),
 * in one transaction. The phase log is copied as it was, not re-stamped.
 */
export function docFromExport(data: WorkshopExport, doc: Y.Doc = new Y.Doc()): Y.Doc {
  doc.transact(() => {
    setPlan(doc, data.plan);
    metaMap(doc).set('phase', data.workshop.phase);
    for (const group of data.groups) putGroup(doc, group);
    for (const note of data.notes) putNote(doc, note);
    for (const vote of data.votes) putVote(doc, vote);
    doc.getArray(DOC_KEYS.phaseLog).push(data.phaseLog.map((entry) => ({ ...entry })));
  });
  return doc;
}
