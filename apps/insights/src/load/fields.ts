import type { FieldSpec } from './csv/mapping';

/** The activity record's columns and the headers planners give them in Excel. */
export const ACTIVITY_FIELDS: readonly FieldSpec[] = [
  { key: 'date', ja: '日付', en: 'date', required: true, aliases: ['開催日', '実施日', '年月日'] },
  {
    key: 'districtCode',
    ja: '地区',
    en: 'district',
    required: true,
    aliases: ['地区名', '地区コード', 'districtcode'],
  },
  { key: 'kind', ja: '種別', en: 'kind', required: true, aliases: ['活動種別', '種類', '区分'] },
  { key: 'organiser', ja: '主催', en: 'organiser', required: true, aliases: ['主催者', 'organizer'] },
  {
    key: 'participants',
    ja: '参加者数',
    en: 'participants',
    required: true,
    aliases: ['参加人数', '参加者'],
  },
  { key: 'volunteers', ja: 'ボランティア数', en: 'volunteers', required: false, aliases: ['ボランティア'] },
  { key: 'memo', ja: '備考', en: 'memo', required: false, aliases: ['メモ', '内容'] },
];

/** Targets: which indicator, district (or 全体 for the whole city), fiscal year, target value. */
export const TARGET_FIELDS: readonly FieldSpec[] = [
  {
    key: 'indicatorId',
    ja: '指標',
    en: 'indicator',
    required: true,
    aliases: ['指標id', '指標名', 'indicatorid'],
  },
  { key: 'districtCode', ja: '地区', en: 'district', required: true, aliases: ['地区名', '地区コード'] },
  { key: 'fiscalYear', ja: '年度', en: 'fiscal year', required: true, aliases: ['fiscalyear', 'year'] },
  { key: 'value', ja: '目標値', en: 'target', required: true, aliases: ['目標', 'value'] },
];

/** District populations by fiscal year, for per-1,000-resident rates. */
export const POPULATION_FIELDS: readonly FieldSpec[] = [
  { key: 'districtCode', ja: '地区', en: 'district', required: true, aliases: ['地区名', '地区コード'] },
  { key: 'fiscalYear', ja: '年度', en: 'fiscal year', required: true, aliases: ['fiscalyear', 'year'] },
  { key: 'population', ja: '人口', en: 'population', required: true, aliases: ['住民数', '人口総数'] },
];
