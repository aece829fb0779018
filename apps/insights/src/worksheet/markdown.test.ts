import { expect, it } from 'vitest';
import { worksheetMarkdown } from './markdown';

it('lays themes out by goal and role, escaping Markdown, votes suppressed', () => {
  const md = worksheetMarkdown(
    [
      {
        goal: '1',
        lane: 'city',
        theme: '相談窓口を*ひとつ*に',
        ideas: 2,
        workshops: 2,
        districts: ['D01', 'D02'],
        votes: 5,
        leastVotes: 1,
      },
      {
        goal: '1',
        lane: 'citizen',
        theme: '声かけ',
        ideas: 1,
        workshops: 1,
        districts: ['D01'],
        votes: 0,
        leastVotes: null,
      },
    ],
    ['citizen', 'community', 'city', 'council'],
    {
      title: '計画見直しシート',
      goal: (c) => `目標${c}`,
      lane: (k) => ({ citizen: '市民', city: '市' })[k] ?? k,
      district: (c) => ({ D01: '中央', D02: '東' })[c] ?? c,
      votes: '票',
      workshops: '回',
    },
    5,
  );
  expect(md).toBe(
    '# 計画見直しシート\n\n## 目標1\n\n### 市民\n\n- 声かけ（票 0、回 1、中央）\n\n### 市\n\n- 相談窓口を\\*ひとつ\\*に（票 ＊、回 2、中央・東）\n',
  );
});
