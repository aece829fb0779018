import type { Catalog } from '../app/catalog';

const ja = {
  ind: {
    name: '指標',
    value: '実績',
    prev: '前年度',
    yoy: '前年度比',
    target: '目標',
    ratio: '達成率',
    status: '状況',
    unit: '単位',
    custom: '自分の指標（SQL）',
    id: 'ID',
    ja: '名前（日本語）',
    en: '名前（英語）',
    sql: 'SQL',
    higher: '大きいほど良い',
    check: '確認',
    save: '保存',
    del: '削除',
    ok: 'SQLは正しく実行できます。',
    help: '列 fiscal_year, district_code, lane, value, n を返す SELECT 文。f_activities, f_notes, f_workshops, f_attendance, f_votes を使うと絞り込みが効きます。',
    city: '市全体',
    topIdeas: '役割ごとの得票上位の意見',
  },
  status: { achieved: '達成', on_track: '概ね順調', behind: '遅れ', no_target: '目標なし' },
} as const;

const en: Catalog<typeof ja> = {
  ind: {
    name: 'Indicator',
    value: 'Actual',
    prev: 'Last year',
    yoy: 'YoY',
    target: 'Target',
    ratio: 'Attainment',
    status: 'Status',
    unit: 'Unit',
    custom: 'My indicators (SQL)',
    id: 'ID',
    ja: 'Name (Japanese)',
    en: 'Name (English)',
    sql: 'SQL',
    higher: 'Higher is better',
    check: 'Check',
    save: 'Save',
    del: 'Delete',
    ok: 'The SQL runs.',
    help: 'A SELECT returning fiscal_year, district_code, lane, value, n. Use f_activities, f_notes, f_workshops, f_attendance, f_votes so filters apply.',
    city: 'Whole city',
    topIdeas: 'Most-voted ideas per role',
  },
  status: { achieved: 'Achieved', on_track: 'On track', behind: 'Behind', no_target: 'No target' },
};

/** Indicator tables, attainment statuses and planner-written indicators. */
export const INDICATOR_MESSAGES = { ja, en };
