import * as v from 'valibot';
import { AttendanceAnswersSchema } from '../records/attendance';
import { idOf, type NoteId, type ParticipantId, type VoteId } from '../records/ids';
import { NoteTextSchema } from '../records/note';
import { PlanSchema } from '../records/plan';
import { IsoTimestampSchema } from '../records/time';
import { WorkshopSchema } from '../records/workshop';
import { EXPORT_SCHEMA_VERSION, type WorkshopExport } from './schema';

const laneKey = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,31}$/, 'invalid_key'));
const goalCode = v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,16}$/, 'invalid_code'));

/**
 * Version 1, the first pilot's format: records without `typeName` or `workshopId` (the file held
 * one workshop), a note's lane called `role` with a flat `order`, votes without ids, no groups,
 * no phase log and never any nicknames. Kept so pilot files still load.
 */
export const WorkshopExportV1Schema = v.object({
  schemaVersion: v.literal(1),
  exportedAt: IsoTimestampSchema,
  plan: PlanSchema,
  workshop: WorkshopSchema,
  notes: v.array(
    v.object({
      id: idOf<NoteId>(),
      role: laneKey,
      goalCode: v.optional(goalCode),
      text: NoteTextSchema,
      authorId: idOf<ParticipantId>(),
      order: v.pipe(v.number(), v.finite()),
      createdAt: IsoTimestampSchema,
      updatedAt: v.optional(IsoTimestampSchema),
    }),
  ),
  votes: v.array(
    v.object({ noteId: idOf<NoteId>(), participantId: idOf<ParticipantId>(), createdAt: IsoTimestampSchema }),
  ),
  attendance: v.array(
    v.object({
      participantId: idOf<ParticipantId>(),
      viaTablet: v.boolean(),
      count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
      ...AttendanceAnswersSchema.entries,
    }),
  ),
});
/** A version-1 export. */
export type WorkshopExportV1 = v.InferOutput<typeof WorkshopExportV1Schema>;

/**
 * Upgrades a version-1 export to the current shape. Vote ids are derived from their position
 * (`v1-vote-0001`), so upgrading the same file twice gives the same ids and a re-import
 * replaces rather than duplicates.
 */
export function upgradeV1(old: WorkshopExportV1): WorkshopExport {
  const workshopId = old.workshop.id;
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: old.exportedAt,
    plan: old.plan,
    workshop: old.workshop,
    notes: old.notes.map((n) => ({
      typeName: 'note',
      id: n.id,
      workshopId,
      lane: n.role,
      ...(n.goalCode === undefined ? {} : { goalCode: n.goalCode }),
      text: n.text,
      authorId: n.authorId,
      position: { order: n.order },
      createdAt: n.createdAt,
      updatedAt: n.updatedAt ?? n.createdAt,
    })),
    groups: [],
    votes: old.votes.map((vote, i) => ({
      typeName: 'vote',
      id: `v1-vote-${String(i + 1).padStart(4, '0')}` as VoteId,
      workshopId,
      ...vote,
    })),
    attendance: old.attendance.map((a) => ({ typeName: 'attendance', workshopId, ...a })),
    phaseLog: [],
    includesNicknames: false,
  };
}
