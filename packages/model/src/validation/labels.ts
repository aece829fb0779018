/** A field's name as a planner reads it, in Japanese and English. */
export type FieldLabel = { ja: string; en: string };

/**
 * Field names as planners know them, keyed by the record property (camelCase). Kept beside the
 * messages so that every form, file import and API error names a field the same way, and the
 * CSV column headers (日付, 地区, 参加者数, ...) are the same words.
 */
export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  typeName: { ja: '記録の種類', en: 'record type' },
  id: { ja: 'ID', en: 'id' },
  planId: { ja: '計画ID', en: 'plan id' },
  workshopId: { ja: 'ワークショップID', en: 'workshop id' },
  noteId: { ja: '付箋ID', en: 'note id' },
  groupId: { ja: 'グループ', en: 'group' },
  participantId: { ja: '参加者ID', en: 'participant id' },
  authorId: { ja: '書いた人', en: 'author' },
  commandId: { ja: '操作ID', en: 'command id' },
  type: { ja: '操作の種類', en: 'command type' },
  text: { ja: '本文', en: 'text' },
  lane: { ja: '役割（レーン）', en: 'role lane' },
  role: { ja: '役割', en: 'role' },
  goalCode: { ja: '目標', en: 'goal' },
  onBehalf: { ja: '代筆', en: 'written on behalf' },
  position: { ja: '位置', en: 'position' },
  order: { ja: '並び順', en: 'order' },
  x: { ja: '横位置', en: 'x' },
  y: { ja: '縦位置', en: 'y' },
  createdAt: { ja: '作成日時', en: 'created at' },
  updatedAt: { ja: '更新日時', en: 'updated at' },
  districtCode: { ja: '地区', en: 'district' },
  theme: { ja: 'テーマ', en: 'theme' },
  date: { ja: '日付', en: 'date' },
  status: { ja: '状態', en: 'status' },
  phase: { ja: '進行段階', en: 'phase' },
  facilitator: { ja: '進行役', en: 'facilitator' },
  name: { ja: '名称', en: 'name' },
  period: { ja: '計画期間', en: 'plan period' },
  from: { ja: '開始年度', en: 'first year' },
  to: { ja: '終了年度', en: 'last year' },
  lanes: { ja: '役割レーン', en: 'lanes' },
  goals: { ja: '目標', en: 'goals' },
  districts: { ja: '地区一覧', en: 'districts' },
  population: { ja: '人口', en: 'population' },
  key: { ja: 'キー', en: 'key' },
  ja: { ja: '日本語名', en: 'Japanese name' },
  en: { ja: '英語名', en: 'English name' },
  colour: { ja: '色', en: 'colour' },
  code: { ja: 'コード', en: 'code' },
  sample: { ja: 'サンプル', en: 'sample' },
  kind: { ja: '種別', en: 'kind' },
  organiser: { ja: '主催', en: 'organiser' },
  participants: { ja: '参加者数', en: 'participants' },
  volunteers: { ja: 'ボランティア数', en: 'volunteers' },
  memo: { ja: '備考', en: 'memo' },
  viaTablet: { ja: 'タブレット参加', en: 'via tablet' },
  count: { ja: '人数', en: 'head count' },
  ageBand: { ja: '年代', en: 'age band' },
  affiliation: { ja: '所属', en: 'affiliation' },
  nickname: { ja: 'ニックネーム', en: 'nickname' },
  limit: { ja: '1 ページの件数', en: 'page size' },
  after: { ja: '続きの起点（前のページの next）', en: 'page start (the previous page’s next)' },
  indicatorId: { ja: '指標', en: 'indicator' },
  fiscalYear: { ja: '年度', en: 'fiscal year' },
  value: { ja: '値', en: 'value' },
  unit: { ja: '単位', en: 'unit' },
  sql: { ja: 'SQL', en: 'SQL' },
  higherIsBetter: { ja: '高いほど良い', en: 'higher is better' },
  isCount: { ja: '人数の指標', en: 'is a count' },
  schemaVersion: { ja: '形式のバージョン', en: 'format version' },
  exportedAt: { ja: '書き出し日時', en: 'exported at' },
  plan: { ja: '計画', en: 'plan' },
  workshop: { ja: 'ワークショップ', en: 'workshop' },
  notes: { ja: '付箋', en: 'notes' },
  groups: { ja: 'グループ', en: 'groups' },
  votes: { ja: '投票', en: 'votes' },
  attendance: { ja: '出席', en: 'attendance' },
  phaseLog: { ja: '進行の記録', en: 'phase log' },
  at: { ja: '日時', en: 'time' },
  includesNicknames: { ja: 'ニックネームを含む', en: 'includes nicknames' },
};

/** The label of the whole record, for problems that concern no single field. */
const WHOLE: FieldLabel = { ja: '入力全体', en: 'the input' };

/**
 * Names a field path for a planner: `notes.3.text` → 付箋 4 件目の「本文」 / notes #4 › text, so
 * a problem deep in an import file can be found without knowing the JSON structure.
 */
export function labelPath(
  path: readonly (string | number)[],
  overrides: Readonly<Record<string, FieldLabel>> = {},
): FieldLabel {
  const named = (key: string): FieldLabel =>
    (Object.hasOwn(overrides, key) ? overrides[key] : undefined) ??
    (Object.hasOwn(FIELD_LABELS, key) ? FIELD_LABELS[key] : undefined) ?? { ja: key, en: key };
  const ja: string[] = [];
  const en: string[] = [];
  let leaf: FieldLabel | undefined;
  for (const [i, key] of path.entries()) {
    if (typeof key === 'number') continue;
    const label = named(key);
    const next = path[i + 1];
    if (typeof next === 'number') {
      ja.push(`${label.ja} ${next + 1} 件目`);
      en.push(`${label.en} #${next + 1}`);
      leaf = undefined;
    } else if (i === path.length - 1) {
      leaf = label;
    } else {
      ja.push(label.ja);
      en.push(label.en);
    }
  }
  if (leaf) {
    ja.push(`「${leaf.ja}」`);
    en.push(leaf.en);
  }
  if (ja.length === 0) return WHOLE;
  return { ja: ja.join('の'), en: en.join(' › ') };
}
