import type { Catalog } from '../app/catalog';

const ja = {
  text: {
    lane: '役割',
    district: '地区',
    stop: '除外する語（空白区切り）',
    freq: '頻出語',
    kwic: 'キーワードの前後（KWIC）',
    keyword: 'キーワード',
    cooc: '語の共起（同じ意見に出てくる語の組）',
    words: '語',
    count: '回数',
    all: '全体',
  },
} as const;

const en: Catalog<typeof ja> = {
  text: {
    lane: 'Role',
    district: 'District',
    stop: 'Words to drop (space separated)',
    freq: 'Frequent words',
    kwic: 'Keyword in context (KWIC)',
    keyword: 'Keyword',
    cooc: 'Co-occurrence (word pairs in the same idea)',
    words: 'Word',
    count: 'Count',
    all: 'All',
  },
};

/** The idea analysis: word counts, KWIC and word pairs. */
export const TEXT_MESSAGES = { ja, en };
