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

/** Page sizes of `GET /api/workshops`: the size when none is asked, and the most one page holds. */
export const WORKSHOP_PAGE = { size: 100, max: 500 } as const;

/**
 * Query of `GET /api/workshops`: how many workshops per page, and after which workshop the page
 * starts (the previous page's `next`). A city lists years of workshops, not all in one answer.
 */
export const ListWorkshopsQuerySchema = v.object({
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,6}$/),
      v.transform(Number),
      v.minValue(1),
      v.maxValue(WORKSHOP_PAGE.max),
    ),
    String(WORKSHOP_PAGE.size),
  ),
  after: v.optional(WorkshopSchema.entries.id),
});
/** Query of `GET /api/workshops`, with the page size as a number. */
export type ListWorkshopsQuery = v.InferOutput<typeof ListWorkshopsQuerySchema>;
