import type { AppResources } from '@chiiki/ui';
import { DASHBOARD_MESSAGES } from '../dashboard/messages';
import { INDICATOR_MESSAGES } from '../indicators/messages';
import { REPORT_MESSAGES } from '../report/messages';
import { START_MESSAGES } from '../start/messages';
import { TEXT_MESSAGES } from '../text/messages';
import { WORKSHEET_MESSAGES } from '../worksheet/messages';
import type { Catalog } from './catalog';

/** The shell's words (title, navigation, engine and query states); each view keeps its own catalog beside it. */
const ja = {
  title: '地域福祉 インサイト（評価・報告）',
  privacy: 'データはこのブラウザの中だけで処理され、外部には送信されません。',
  fy: '{{fy}}年度',
  nav: {
    label: '画面',
    start: 'データ',
    dashboard: 'ダッシュボード',
    indicators: '指標',
    text: '意見の分析',
    report: '報告書',
    worksheet: '計画見直しシート',
  },
  query: {
    failed: '集計できませんでした（{{error}}）。データを読み込み直すか、絞り込みを変えてください。',
    plan: '読み込んだデータから計画（地区・役割・目標）を読めませんでした。サンプルの計画で表示しています（{{error}}）。',
  },
  engine: {
    loading: '分析エンジン（DuckDB）を読み込んでいます…',
    starting: '分析エンジンを起動しています…',
    failed: '分析エンジンを起動できませんでした',
  },
} as const;

const en: Catalog<typeof ja> = {
  title: 'Regional welfare insights (evaluation and reports)',
  privacy: 'Your data is processed only inside this browser and is never sent anywhere.',
  fy: 'FY{{fy}}',
  nav: {
    label: 'Views',
    start: 'Data',
    dashboard: 'Dashboard',
    indicators: 'Indicators',
    text: 'Idea analysis',
    report: 'Report',
    worksheet: 'Plan revision',
  },
  query: {
    failed: 'The figures could not be computed ({{error}}). Reload the data or change the filters.',
    plan: 'The plan (districts, roles, goals) could not be read from the loaded data; the sample plan is shown instead ({{error}}).',
  },
  engine: {
    loading: 'Loading the analysis engine (DuckDB)…',
    starting: 'Starting the analysis engine…',
    failed: 'The analysis engine could not start',
  },
};

/** Every catalog under the one `insights` namespace, so keys stay `dash.table`, `ind.name`, … */
export const INSIGHTS_MESSAGES: AppResources = {
  ja: {
    insights: {
      ...ja,
      ...START_MESSAGES.ja,
      ...DASHBOARD_MESSAGES.ja,
      ...INDICATOR_MESSAGES.ja,
      ...TEXT_MESSAGES.ja,
      ...REPORT_MESSAGES.ja,
      ...WORKSHEET_MESSAGES.ja,
    },
  },
  en: {
    insights: {
      ...en,
      ...START_MESSAGES.en,
      ...DASHBOARD_MESSAGES.en,
      ...INDICATOR_MESSAGES.en,
      ...TEXT_MESSAGES.en,
      ...REPORT_MESSAGES.en,
      ...WORKSHEET_MESSAGES.en,
    },
  },
};
