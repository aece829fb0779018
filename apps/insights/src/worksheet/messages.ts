import type { Catalog } from '../app/catalog';

const ja = {
  ws: {
    lead: 'ワークショップで出た意見を、計画の形（市民・地域団体等・市・社協の役割）と目標ごとに整理します。',
    include: '採用',
    idea: '意見',
    votes: '票',
    districts: '地区',
    workshops: '回',
    markdown: 'Markdownで保存',
    csv: 'CSVで保存',
    noGoal: '目標未設定',
    goal: '目標',
  },
} as const;

const en: Catalog<typeof ja> = {
  ws: {
    lead: "The workshops' ideas arranged as the plan is: the roles of citizens, local groups, the city and the council, by plan goal.",
    include: 'Use',
    idea: 'Idea',
    votes: 'Votes',
    districts: 'Districts',
    workshops: 'Workshops',
    markdown: 'Save as Markdown',
    csv: 'Save as CSV',
    noGoal: 'No goal',
    goal: 'Goal',
  },
};

/** The plan revision worksheet. */
export const WORKSHEET_MESSAGES = { ja, en };
