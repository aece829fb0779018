import type { Theme } from './query';
import { themeVotes } from './votes';

/** Names the worksheet needs, in the chosen language. */
export interface WorksheetNames {
  title: string;
  goal: (code: string) => string;
  lane: (key: string) => string;
  district: (code: string) => string;
  votes: string;
  workshops: string;
}

const esc = (s: string) => s.replace(/\r?\n/g, ' ').replace(/([\\`*_[\]|])/g, '\\$1');

/**
 * The selected themes as Markdown laid out like the plan: per goal, the expected efforts of each
 * role (市民, 地域団体等, 市, 社協), each theme with its votes (＊ where suppressed with k), workshops
 * and districts, ready to paste.
 */
export function worksheetMarkdown(
  themes: readonly Theme[],
  laneOrder: readonly string[],
  names: WorksheetNames,
  k: number,
): string {
  const out = [`# ${names.title}`, ''];
  const goals = [...new Set(themes.map((t) => t.goal))];
  for (const g of goals) {
    out.push(`## ${esc(names.goal(g))}`, '');
    for (const lane of laneOrder) {
      const list = themes.filter((t) => t.goal === g && t.lane === lane);
      if (list.length === 0) continue;
      out.push(`### ${esc(names.lane(lane))}`, '');
      for (const t of list) {
        const where = t.districts.map(names.district).join('・');
        out.push(
          `- ${esc(t.theme)}（${names.votes} ${themeVotes(t, k)}、${names.workshops} ${t.workshops}、${esc(where)}）`,
        );
      }
      out.push('');
    }
  }
  return out.join('\n');
}
