export type { CreateWorkshopRequest, JoinRequest, ListWorkshopsQuery } from './api/requests';
export {
  CreateWorkshopRequestSchema,
  JoinRequestSchema,
  ListWorkshopsQuerySchema,
  WORKSHOP_PAGE,
} from './api/requests';
export type { BoardCommand, BoardCommandType, Command, CommandType } from './commands/commands';
export {
  AddNoteSchema,
  BoardCommandSchema,
  CommandSchema,
  DeleteNoteSchema,
  EditNoteSchema,
  MoveNoteSchema,
} from './commands/commands';
export {
  AddHeadCountSchema,
  DeleteGroupSchema,
  FACILITATOR_COMMANDS,
  GroupNotesSchema,
  MergeNotesSchema,
  PutGroupSchema,
  ReleaseFollowSchema,
  RemoveNoteSchema,
  SetFollowSchema,
  SetLockSchema,
  SetPhaseSchema,
  SetSettingsSchema,
  SetVotingSchema,
  TagSchema,
  TIMER_ACTIONS,
  TimerCommandSchema,
} from './commands/facilitation';
export { UnvoteCommandSchema, VoteCommandSchema } from './commands/voting';
export type { TableName } from './duckdb/columns';
export { TABLE_NAMES, TABLES } from './duckdb/columns';
export { bindType, COMPACT_SQL, columnNames, DDL, insertFromSql, insertSql } from './duckdb/ddl';
export { inStorageOrder } from './duckdb/derived';

export { exportRows } from './duckdb/exportRows';
export { fiscalYearOf, fiscalYearSql } from './duckdb/fiscalYear';
export type { Row, SqlValue } from './duckdb/rows';
export { fromRow, planToRows, rowParams, toRow } from './duckdb/rows';
export type { ExportSources } from './export/fromDoc';
export { docFromExport, exportFromDoc } from './export/fromDoc';
export { migrateExport } from './export/migrate';
export type { ExportParticipant, WorkshopExport } from './export/schema';
export {
  EXPORT_PARQUET_KEY,
  EXPORT_SCHEMA_VERSION,
  ExportParticipantSchema,
  WorkshopExportSchema,
} from './export/schema';
export type { WorkshopExportV1 } from './export/v1';
export { WorkshopExportV1Schema } from './export/v1';
export type { AuditAction, AuditEntry } from './facilitation/audit';
export { AUDIT_ACTIONS, AuditEntrySchema } from './facilitation/audit';
export type { Follow, Locks, Timer, VotingSettings } from './facilitation/meta';
export {
  DEFAULT_VOTING,
  FollowSchema,
  getFollow,
  getLocks,
  getTimer,
  getVoting,
  LocksSchema,
  META_KEYS,
  NO_LOCKS,
  TimerSchema,
  timerRemaining,
  VotingSettingsSchema,
} from './facilitation/meta';
export type { PhaseRule } from './facilitation/phaseRules';
export { canChangePhase, PHASE_RULES } from './facilitation/phaseRules';
export type { AttainmentStatus } from './indicators/attainment';
export { ATTAINMENT_LABELS, attainment } from './indicators/attainment';
export { INDICATORS } from './indicators/definitions';
export { LIST_QUERIES } from './indicators/lists';
export { CHOSEN_FISCAL_YEAR_SQL, INDICATOR_MACROS, SET_FILTERS_SQL } from './indicators/macros';
export { indicatorSuiteSql, TARGETS_SQL, targetOf } from './indicators/suite';
export { DEFAULT_PLAN } from './plan/defaultPlan';
export type { Activity, ActivityKind, Organiser } from './records/activity';
export { ACTIVITY_KINDS, ActivitySchema, ORGANISERS } from './records/activity';
export type { Affiliation, AgeBand, Attendance, AttendanceAnswers } from './records/attendance';
export {
  AFFILIATION_JA,
  AFFILIATIONS,
  AGE_BANDS,
  AttendanceAnswersSchema,
  AttendanceSchema,
  NicknameSchema,
} from './records/attendance';
export type { DistrictPopulation } from './records/districtPopulation';
export { DistrictPopulationSchema } from './records/districtPopulation';
export type { CommandId, GroupId, NoteId, ParticipantId, PlanId, VoteId, WorkshopId } from './records/ids';
export { idOf, idString, newId } from './records/ids';
export type { Indicator } from './records/indicator';
export { IndicatorSchema } from './records/indicator';
export type { Group, Note, Position } from './records/note';
export { GroupSchema, NOTE_TEXT_MAX, NoteSchema, NoteTextSchema, PositionSchema } from './records/note';
export type { District, Goal, Lane, Plan } from './records/plan';
export { DEFAULT_LANE_KEYS, DistrictSchema, GoalSchema, LaneSchema, PlanSchema } from './records/plan';
export type { Target } from './records/target';
export { ALL_DISTRICTS, TargetSchema } from './records/target';
export { IsoTimestampSchema } from './records/time';
export type { Vote } from './records/vote';
export { VoteSchema } from './records/vote';
export type { Phase, Workshop, WorkshopStatus } from './records/workshop';
export { IsoDateSchema, PHASES, PhaseSchema, WORKSHOP_STATUSES, WorkshopSchema } from './records/workshop';
export type { ActivityOptions } from './sample/activities';
export { generateActivities } from './sample/activities';
export type { ActivityCsvOptions } from './sample/csv';
export {
  ACTIVITY_CSV_HEADERS_EN,
  ACTIVITY_CSV_HEADERS_JA,
  ACTIVITY_KIND_JA,
  activitiesToCsv,
  activityCsvLines,
  ORGANISER_JA,
} from './sample/csv';
export type { Sample, SampleOptions } from './sample/generate';
export { generateSample } from './sample/generate';
export type { Rng } from './sample/prng';
export { mulberry32 } from './sample/prng';
export type { ExplainContext, FieldProblem, InputError, ParseResult, RowPlace } from './validation/explain';
export { explainIssues, explainRow, parseOrExplain } from './validation/explain';

export { deleteGroup, getGroup, groupsMap, listGroups, putGroup } from './yjs/groups';
export {
  DOC_KEYS,
  getNote,
  getPhase,
  getPlan,
  listNotes,
  metaMap,
  notesMap,
  patchNote,
  putNote,
  setPhase,
  setPlan,
} from './yjs/layout';
export type { PhaseLogEntry } from './yjs/phaseLog';
export { listPhaseLog, PhaseLogEntrySchema } from './yjs/phaseLog';
export { deleteVote, listVotes, putVote, votesMap } from './yjs/votes';
