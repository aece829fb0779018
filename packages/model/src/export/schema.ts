import * as v from 'valibot';
import { AuditEntrySchema } from '../facilitation/audit';
import { AttendanceSchema, NicknameSchema } from '../records/attendance';
import { idOf, type ParticipantId } from '../records/ids';
import { GroupSchema, NoteSchema } from '../records/note';
import { PlanSchema } from '../records/plan';
import { IsoTimestampSchema } from '../records/time';
import { VoteSchema } from '../records/vote';
import { WorkshopSchema } from '../records/workshop';
import { PhaseLogEntrySchema } from '../yjs/phaseLog';
import { pathOf } from './issues';

/** The export format version this code writes; readers upgrade older files with `migrateExport`. */
export const EXPORT_SCHEMA_VERSION = 2;

/**
 * The Parquet key-value metadata key under which the server's Parquet export carries this whole
 * export as JSON: the flat notes table alone lacks the plan, votes, groups and attendance the
 * insights app needs, so the file stays self-sufficient and is validated like the JSON export.
 */
export const EXPORT_PARQUET_KEY = 'chiiki.workshop_export';

/** A participant's chosen nickname, exported only when the facilitator opts in. */
export const ExportParticipantSchema = v.object({
  participantId: idOf<ParticipantId>(),
  nickname: NicknameSchema,
});

const ExportObjectSchema = v.object({
  schemaVersion: v.literal(EXPORT_SCHEMA_VERSION),
  exportedAt: IsoTimestampSchema,
  plan: PlanSchema,
  workshop: WorkshopSchema,
  notes: v.array(NoteSchema),
  groups: v.array(GroupSchema),
  votes: v.array(VoteSchema),
  attendance: v.array(AttendanceSchema),
  phaseLog: v.array(PhaseLogEntrySchema),
  includesNicknames: v.boolean(),
  participants: v.optional(v.array(ExportParticipantSchema)),
  /** Notes the facilitator took off the board (removed, deleted, merged), kept with who/when/why. */
  audit: v.optional(v.array(AuditEntrySchema)),
});
type ExportObject = v.InferOutput<typeof ExportObjectSchema>;

/** Cross-record rules: one workshop, one plan, votes and groups that point at what is in the file. */
function checkReferences(
  e: ExportObject,
  add: (message: string, received: unknown, keys: (string | number)[]) => void,
) {
  if (e.workshop.planId !== e.plan.id) add('wrong_plan', e.workshop.planId, ['workshop', 'planId']);
  for (const list of ['notes', 'groups', 'votes', 'attendance'] as const) {
    e[list].forEach((r, i) => {
      if (r.workshopId !== e.workshop.id) add('wrong_workshop', r.workshopId, [list, i, 'workshopId']);
    });
  }
  for (const list of ['notes', 'groups', 'votes'] as const) {
    const seen = new Set<string>();
    e[list].forEach((r, i) => {
      if (seen.has(r.id)) add('duplicate_id', r.id, [list, i, 'id']);
      seen.add(r.id);
    });
  }
  const noteIds = new Set(e.notes.map((n) => n.id));
  const groupIds = new Set(e.groups.map((g) => g.id));
  e.votes.forEach((vote, i) => {
    if (!noteIds.has(vote.noteId)) add('unknown_note', vote.noteId, ['votes', i, 'noteId']);
  });
  e.notes.forEach((note, i) => {
    if (note.groupId !== undefined && !groupIds.has(note.groupId))
      add('unknown_group', note.groupId, ['notes', i, 'groupId']);
  });
  if (e.includesNicknames !== (e.participants !== undefined)) {
    add('nicknames_mismatch', e.includesNicknames, ['participants']);
  }
}

/**
 * One workshop's record for the insights app and the archive: everything the board held, with
 * its plan, so the file stands alone years later. Participants are anonymous ids; nicknames
 * travel only when the facilitator chose to include them (`includesNicknames`).
 */
export const WorkshopExportSchema = v.pipe(
  ExportObjectSchema,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const e = dataset.value;
    checkReferences(e, (message, received, keys) =>
      addIssue({ message, received: String(received), path: pathOf(e, ...keys) }),
    );
  }),
);
/** A workshop export in the current format. */
export type WorkshopExport = v.InferOutput<typeof WorkshopExportSchema>;
/** One participant's nickname in an export. */
export type ExportParticipant = v.InferOutput<typeof ExportParticipantSchema>;
