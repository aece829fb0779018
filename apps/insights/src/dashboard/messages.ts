import type { Catalog } from '../app/catalog';

const ja = {
  filters: {
    fy: '年度',
    district: '地区',
    lane: '役割',
    kind: '活動種別',
    organiser: '主催',
    all: 'すべて',
    reset: '絞り込みを解除',
    label: '絞り込み',
  },
  dash: {
    byLane: '地区別・役割別の意見数',
    heat: '地区×役割の意見数（ヒートマップ）',
    trendMonth: '月別の活動参加者数',
    trendYear: '年度別の活動参加者数',
    bullets: '目標に対する達成状況',
    table: 'データ表',
    tableMonth: 'データ表（月別・活動種別）',
    tableDistrict: 'データ表（地区別・活動種別）',
    month: '{{year}}年{{month}}月',
    suppressed:
      '＊ は少数（{{k}} 未満）のため秘匿しています。合計から逆算できないよう、ほかのセルも一部秘匿しています。',
    suppressOn: '少数秘匿（k={{k}}）',
    empty: 'データがありません。「データ」でサンプルまたはファイルを読み込んでください。',
    csv: 'CSV',
    parquet: 'Parquet',
    sameTable: '数値は上の「データ表」（地区別・役割別の意見数）と同じです。',
    total: '合計',
    axisLane: '役割',
    axisDistrict: '地区',
    axisIdeas: '意見数（件）',
    axisPeople: '参加者数（人）',
    axisMonth: '月',
    axisTarget: '目標に対する割合（%）',
  },
} as const;

const en: Catalog<typeof ja> = {
  filters: {
    fy: 'Fiscal year',
    district: 'District',
    lane: 'Role',
    kind: 'Activity kind',
    organiser: 'Organiser',
    all: 'All',
    reset: 'Clear filters',
    label: 'Filters',
  },
  dash: {
    byLane: 'Ideas by district and role',
    heat: 'Ideas, district × role (heat map)',
    trendMonth: 'Activity participants by month',
    trendYear: 'Activity participants by fiscal year',
    bullets: 'Attainment against targets',
    table: 'Data table',
    tableMonth: 'Data table (by month and activity kind)',
    tableDistrict: 'Data table (by district and activity kind)',
    month: '{{month}}/{{year}}',
    suppressed:
      '＊ marks small counts (below {{k}}), hidden; some other cells are hidden too so they cannot be worked out from totals.',
    suppressOn: 'Small-cell suppression (k={{k}})',
    empty: 'No data. Load the sample or your files under "Data".',
    csv: 'CSV',
    parquet: 'Parquet',
    sameTable: 'Same numbers as the data table above (ideas by district and role).',
    total: 'Total',
    axisLane: 'Role',
    axisDistrict: 'District',
    axisIdeas: 'Ideas',
    axisPeople: 'Participants',
    axisMonth: 'Month',
    axisTarget: '% of target',
  },
};

/** The filters and the dashboard; the report reuses both. */
export const DASHBOARD_MESSAGES = { ja, en };
