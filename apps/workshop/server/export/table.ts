import type { WorkshopExport } from '@chiiki/model';

/** One column of the flat notes table: its key (English header), Japanese header, and value. */
interface Column {
  key: string;
  ja: string;
  kind: 'string' | 'int' | 'bool';
  value: (row: RowSource) => string | number | boolean | null;
}

type RowSource = {
  data: WorkshopExport;
  note: WorkshopExport['notes'][number];
  votes: number;
  nickname?: string;
};

const COLUMNS: Column[] = [
  { key: 'workshop_id', ja: 'ワークショップID', kind: 'string', value: (r) => r.data.workshop.id },
  { key: 'date', ja: '開催日', kind: 'string', value: (r) => r.data.workshop.date },
  { key: 'district_code', ja: '地区コード', kind: 'string', value: (r) => r.data.workshop.districtCode },
  { key: 'theme', ja: 'テーマ', kind: 'string', value: (r) => r.data.workshop.theme },
  { key: 'note_id', ja: '付箋ID', kind: 'string', value: (r) => r.note.id },
  { key: 'lane', ja: '役割コード', kind: 'string', value: (r) => r.note.lane },
  {
    key: 'lane_label',
    ja: '役割',
    kind: 'string',
    value: (r) => r.data.plan.lanes.find((l) => l.key === r.note.lane)?.ja ?? r.note.lane,
  },
  { key: 'goal_code', ja: '目標コード', kind: 'string', value: (r) => r.note.goalCode ?? null },
  { key: 'group_id', ja: 'グループID', kind: 'string', value: (r) => r.note.groupId ?? null },
  {
    key: 'group_name',
    ja: 'グループ名',
    kind: 'string',
    value: (r) => r.data.groups.find((g) => g.id === r.note.groupId)?.name ?? null,
  },
  { key: 'text', ja: '内容', kind: 'string', value: (r) => r.note.text },
  { key: 'author_id', ja: '作成者ID', kind: 'string', value: (r) => r.note.authorId },
  { key: 'on_behalf', ja: '代理入力', kind: 'bool', value: (r) => r.note.onBehalf === true },
  { key: 'votes', ja: '票数', kind: 'int', value: (r) => r.votes },
  { key: 'created_at', ja: '作成日時', kind: 'string', value: (r) => r.note.createdAt },
  { key: 'updated_at', ja: '更新日時', kind: 'string', value: (r) => r.note.updatedAt },
];
const NICKNAME: Column = {
  key: 'nickname',
  ja: 'ニックネーム',
  kind: 'string',
  value: (r) => r.nickname ?? null,
};

/** The flat notes table both CSV and Parquet write: one row per note, its lane, group, goal and votes. */
export interface NotesTable {
  columns: Array<Omit<Column, 'value'>>;
  rows: Array<Array<string | number | boolean | null>>;
}

/**
 * Flattens an export into one row per note (what planners open in Excel or DuckDB). The
 * nickname column exists only when the export includes nicknames.
 */
export function notesTable(data: WorkshopExport): NotesTable {
  const columns = data.includesNicknames ? [...COLUMNS, NICKNAME] : COLUMNS;
  const votes = new Map<string, number>();
  for (const vote of data.votes) votes.set(vote.noteId, (votes.get(vote.noteId) ?? 0) + 1);
  const names = new Map((data.participants ?? []).map((p) => [p.participantId as string, p.nickname]));
  const rows = data.notes.map((note) => {
    const nickname = names.get(note.authorId);
    const source: RowSource = {
      data,
      note,
      votes: votes.get(note.id) ?? 0,
      ...(nickname ? { nickname } : {}),
    };
    return columns.map((c) => c.value(source));
  });
  return { columns: columns.map(({ key, ja, kind }) => ({ key, ja, kind })), rows };
}
