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
    kwicHidden:
      'このキーワードは出現が少ない（{{k}} 未満）か回数を秘匿しているため、前後の文を表示しません。少数秘匿中は役割と地区も表示しません。',
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
    kwicHidden:
      'This keyword occurs rarely (fewer than {{k}} times) or its count is hidden, so its contexts are not shown. With suppression on, roles and districts are not shown either.',
  },
};

/** The idea analysis: word counts, KWIC and word pairs. */
export const TEXT_MESSAGES = { ja, en };
