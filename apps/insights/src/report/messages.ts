import type { Catalog } from '../app/catalog';

const ja = {
  report: {
    print: '印刷／PDF',
    preset: 'プリセット',
    committee: '健康福祉推進委員会（市・全体）',
    council: '地域福祉活動計画策定推進会議（社協の事業）',
    period: '対象期間',
    filters: '絞り込み条件',
    sources: 'データの出典',
    loadDate: '読込日',
    generated: '作成日',
    note: '秘匿について',
    summary: '主な指標（{{area}}・{{fy}}年度）',
    wholeCity: '市全体',
    title: '地域福祉計画・地域福祉活動計画 進捗状況報告',
    allYears: '全期間',
    fyPeriod: '{{fy}}年度（{{fy}}年4月〜{{next}}年3月）',
    noSuppression: '秘匿なし（内部資料）',
  },
} as const;

const en: Catalog<typeof ja> = {
  report: {
    print: 'Print / PDF',
    preset: 'Preset',
    committee: 'Health and welfare promotion committee (city, all)',
    council: "Activity-plan meeting (council's own work)",
    period: 'Period',
    filters: 'Filters',
    sources: 'Data sources',
    loadDate: 'Loaded',
    generated: 'Generated',
    note: 'Suppression',
    summary: 'Key indicators ({{area}}, FY{{fy}})',
    wholeCity: 'whole city',
    title: 'Regional welfare plan: progress report',
    allYears: 'All years',
    fyPeriod: 'FY{{fy}} (Apr {{fy}} – Mar {{next}})',
    noSuppression: 'No suppression (internal use only)',
  },
};

/** The A4 committee report. */
export const REPORT_MESSAGES = { ja, en };
