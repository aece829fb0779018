import * as v from 'valibot';
import { AttendanceAnswersSchema, NicknameSchema } from '../records/attendance';
import { IsoDateSchema, WorkshopSchema } from '../records/workshop';

/**
 * Body of `POST /api/workshops`: what a facilitator chooses on the start screen. Shared so the
 * client validates the form with the very schema the server enforces.
 */
export const CreateWorkshopRequestSchema = v.object({
  districtCode: WorkshopSchema.entries.districtCode,
  theme: WorkshopSchema.entries.theme,
  date: v.optional(IsoDateSchema),
  facilitator: WorkshopSchema.entries.facilitator,
});
/** Body of `POST /api/workshops`. */
export type CreateWorkshopRequest = v.InferOutput<typeof CreateWorkshopRequestSchema>;

/** Body of `POST /api/join`: the code (typed or from the QR link) and the optional answers. */
export const JoinRequestSchema = v.object({
  joinCode: v.pipe(v.string(), v.minLength(1, 'required'), v.maxLength(32, 'too_long')),
  nickname: v.optional(NicknameSchema),
  attendance: v.optional(AttendanceAnswersSchema),
});
/** Body of `POST /api/join`. */
export type JoinRequest = v.InferOutput<typeof JoinRequestSchema>;
