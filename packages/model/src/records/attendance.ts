import * as v from 'valibot';
import { idOf, type ParticipantId, type WorkshopId } from './ids';

/** Age bands asked at join: coarse enough that nobody is identifiable from them. */
export const AGE_BANDS = ['under20', '20s', '30s', '40s', '50s', '60s', '70s', '80plus'] as const;
/** An age band. */
export type AgeBand = (typeof AGE_BANDS)[number];

/** Affiliation types of the plan's actors, a fixed list so counts add up across workshops. */
export const AFFILIATIONS = [
  'jichikai',
  'minsei',
  'roujin_club',
  'npo',
  'shafuku_houjin',
  'city_staff',
  'council_staff',
  'other',
] as const;
/** An affiliation type. */
export type Affiliation = (typeof AFFILIATIONS)[number];
/** Japanese labels of the affiliation types, as the plan writes them. */
export const AFFILIATION_JA: Record<Affiliation, string> = {
  jichikai: '自治会',
  minsei: '民生委員・児童委員',
  roujin_club: '老人クラブ',
  npo: 'NPO',
  shafuku_houjin: '社会福祉法人',
  city_staff: '市職員',
  council_staff: '社協職員',
  other: 'その他',
};

/** The optional, anonymous answers a participant gives at join. */
export const AttendanceAnswersSchema = v.object({
  ageBand: v.optional(v.picklist(AGE_BANDS, 'invalid_choice')),
  affiliation: v.optional(v.picklist(AFFILIATIONS, 'invalid_choice')),
  districtCode: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,16}$/, 'invalid_code'))),
});
/** Anonymous attendance answers. */
export type AttendanceAnswers = v.InferOutput<typeof AttendanceAnswersSchema>;

/**
 * One person present at a workshop: a tablet participant, or a head count entered by the
 * facilitator for people without a tablet (`count` > 1 and `viaTablet` false).
 */
export const AttendanceSchema = v.object({
  typeName: v.literal('attendance'),
  workshopId: idOf<WorkshopId>(),
  participantId: idOf<ParticipantId>(),
  viaTablet: v.boolean(),
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  ...AttendanceAnswersSchema.entries,
});
/** One attendance row. */
export type Attendance = v.InferOutput<typeof AttendanceSchema>;

/** Nickname shown on presence and, only if the facilitator chooses, in exports. */
export const NicknameSchema = v.pipe(v.string(), v.trim(), v.maxLength(30, 'too_long'));
