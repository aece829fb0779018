import * as v from 'valibot';
import { ACTIVITY_KINDS, ActivitySchema, ORGANISERS } from '../records/activity';
import { AttendanceSchema } from '../records/attendance';
import { DistrictPopulationSchema } from '../records/districtPopulation';
import { idOf, type PlanId } from '../records/ids';
import { GroupSchema, NoteSchema } from '../records/note';
import { DistrictSchema, GoalSchema, LaneSchema, PlanSchema } from '../records/plan';
import { TargetSchema } from '../records/target';
import { VoteSchema } from '../records/vote';
import { WorkshopSchema } from '../records/workshop';

/** The DuckDB types the model uses; few on purpose, so every face maps them the same way. */
export type SqlType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP' | EnumName;

/**
 * The model's fixed choices as named DuckDB ENUM types. A one-byte code filters and groups a
 * million activity rows several times faster than the text it stands for (decision 0015), and a
 * value outside the list cannot be stored. Lanes and districts differ per plan, so they stay text.
 */
export const ENUM_TYPES = {
  activity_kind: ACTIVITY_KINDS,
  activity_organiser: ORGANISERS,
} as const;
/** The name of one of the model's ENUM types. */
export type EnumName = keyof typeof ENUM_TYPES;

/** One column: its SQL name and type, and the record field (a dot path) it holds. */
export type ColumnSpec = {
  readonly name: string;
  readonly field: string;
  readonly type: SqlType;
  readonly notNull: boolean;
  readonly key: boolean;
};

const snake = (path: string): string =>
  path.replaceAll('.', '_').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Builds a column from a record field; the SQL name is the field path in snake_case. */
function col(field: string, type: SqlType, opts: { optional?: boolean; key?: boolean; name?: string } = {}) {
  return {
    name: opts.name ?? snake(field),
    field,
    type,
    notNull: !opts.optional,
    key: opts.key ?? false,
  } satisfies ColumnSpec;
}

const plan = { planId: idOf<PlanId>() };

/**
 * The column description of every table, one per record: the DDL, `toRow` and `fromRow` are all
 * read from here, so the DuckDB face cannot drift from the schemas. Lanes, goals and districts,
 * nested in a plan, get their own tables with a `plan_id`.
 */
export const TABLES = {
  plans: {
    typeName: 'plan',
    schema: v.omit(PlanSchema.pipe[0], ['lanes', 'goals', 'districts']),
    columns: [
      col('id', 'VARCHAR', { key: true }),
      col('name', 'VARCHAR'),
      col('period.from', 'INTEGER'),
      col('period.to', 'INTEGER'),
      col('sample', 'BOOLEAN', { optional: true }),
    ],
  },
  lanes: {
    typeName: undefined,
    schema: v.object({ ...LaneSchema.entries, ...plan }),
    columns: [
      col('planId', 'VARCHAR', { key: true }),
      col('key', 'VARCHAR', { key: true }),
      col('ja', 'VARCHAR'),
      col('en', 'VARCHAR'),
      col('colour', 'VARCHAR'),
      col('order', 'INTEGER', { name: 'sort_order' }),
    ],
  },
  goals: {
    typeName: undefined,
    schema: v.object({ ...GoalSchema.entries, ...plan }),
    columns: [
      col('planId', 'VARCHAR', { key: true }),
      col('code', 'VARCHAR', { key: true }),
      col('ja', 'VARCHAR'),
      col('en', 'VARCHAR'),
    ],
  },
  districts: {
    typeName: undefined,
    schema: v.object({ ...DistrictSchema.entries, ...plan }),
    columns: [
      col('planId', 'VARCHAR', { key: true }),
      col('code', 'VARCHAR', { key: true }),
      col('name', 'VARCHAR'),
      col('population', 'INTEGER', { optional: true }),
    ],
  },
  workshops: {
    typeName: 'workshop',
    schema: WorkshopSchema,
    columns: [
      col('id', 'VARCHAR', { key: true }),
      col('planId', 'VARCHAR'),
      col('districtCode', 'VARCHAR'),
      col('theme', 'VARCHAR'),
      col('date', 'DATE'),
      col('status', 'VARCHAR'),
      col('phase', 'VARCHAR'),
      col('facilitator', 'VARCHAR', { optional: true }),
    ],
  },
  notes: {
    typeName: 'note',
    schema: NoteSchema,
    columns: [
      col('id', 'VARCHAR', { key: true }),
      col('workshopId', 'VARCHAR'),
      col('lane', 'VARCHAR'),
      col('goalCode', 'VARCHAR', { optional: true }),
      col('text', 'VARCHAR'),
      col('authorId', 'VARCHAR'),
      col('onBehalf', 'BOOLEAN', { optional: true }),
      col('groupId', 'VARCHAR', { optional: true }),
      col('position.order', 'DOUBLE'),
      col('position.x', 'DOUBLE', { optional: true }),
      col('position.y', 'DOUBLE', { optional: true }),
      col('createdAt', 'TIMESTAMP'),
      col('updatedAt', 'TIMESTAMP'),
    ],
  },
  groups: {
    typeName: 'group',
    schema: GroupSchema,
    columns: [
      col('id', 'VARCHAR', { key: true }),
      col('workshopId', 'VARCHAR'),
      col('lane', 'VARCHAR'),
      col('name', 'VARCHAR'),
      col('goalCode', 'VARCHAR', { optional: true }),
    ],
  },
  votes: {
    typeName: 'vote',
    schema: VoteSchema,
    columns: [
      col('id', 'VARCHAR', { key: true }),
      col('workshopId', 'VARCHAR'),
      col('noteId', 'VARCHAR'),
      col('participantId', 'VARCHAR'),
      col('createdAt', 'TIMESTAMP'),
    ],
  },
  attendance: {
    typeName: 'attendance',
    schema: AttendanceSchema,
    columns: [
      col('workshopId', 'VARCHAR', { key: true }),
      col('participantId', 'VARCHAR', { key: true }),
      col('viaTablet', 'BOOLEAN'),
      col('count', 'INTEGER'),
      col('ageBand', 'VARCHAR', { optional: true }),
      col('affiliation', 'VARCHAR', { optional: true }),
      col('districtCode', 'VARCHAR', { optional: true }),
    ],
  },
  activities: {
    typeName: 'activity',
    schema: ActivitySchema,
    columns: [
      col('date', 'DATE'),
      col('districtCode', 'VARCHAR'),
      col('kind', 'activity_kind'),
      col('organiser', 'activity_organiser'),
      col('participants', 'INTEGER'),
      col('volunteers', 'INTEGER'),
      col('memo', 'VARCHAR', { optional: true }),
    ],
  },
  targets: {
    typeName: 'target',
    schema: TargetSchema,
    columns: [
      col('indicatorId', 'VARCHAR', { key: true }),
      col('districtCode', 'VARCHAR', { key: true }),
      col('fiscalYear', 'INTEGER', { key: true }),
      col('value', 'DOUBLE'),
    ],
  },
  district_populations: {
    typeName: 'district_population',
    schema: DistrictPopulationSchema,
    columns: [
      col('districtCode', 'VARCHAR', { key: true }),
      col('fiscalYear', 'INTEGER', { key: true }),
      col('population', 'INTEGER'),
    ],
  },
} as const;

/** A table of the analysis database. */
export type TableName = keyof typeof TABLES;
/** The table names, in an order that creates a plan before what refers to it. */
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
/** The record one row of a table holds (plan parts carry their `planId`). */
export type TableRecord<T extends TableName> = v.InferOutput<(typeof TABLES)[T]['schema']>;
