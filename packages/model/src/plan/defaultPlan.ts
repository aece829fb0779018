import type { PlanId } from '../records/ids';
import type { Plan } from '../records/plan';

/**
 * The default plan: the four actors of the plan chapter as lanes, with a synthetic sample
 * city's districts and goals. Labelled as sample so nobody mistakes it for a real city's data.
 */
export const DEFAULT_PLAN: Plan = {
  typeName: 'plan',
  id: 'sample-plan' as PlanId,
  name: 'さくら市 地域福祉計画・地域福祉活動計画（サンプル）',
  period: { from: 2024, to: 2029 },
  sample: true,
  lanes: [
    { key: 'citizen', ja: '市民', en: 'Citizens', colour: '#c2410c', order: 0 },
    { key: 'community', ja: '地域団体等', en: 'Local groups', colour: '#15803d', order: 1 },
    { key: 'city', ja: '市', en: 'City', colour: '#1d4ed8', order: 2 },
    { key: 'council', ja: '社協', en: 'Social welfare council', colour: '#7e22ce', order: 3 },
  ],
  goals: [
    { code: '1', ja: 'ともに支え合う地域づくり', en: 'A community that supports one another' },
    { code: '2', ja: '地域福祉の担い手づくり', en: 'Growing the people who carry local welfare' },
    { code: '3', ja: '安心して暮らせる仕組みづくり', en: 'Systems for living in safety' },
    { code: '4', ja: '相談・情報提供の充実', en: 'Better consultation and information' },
  ],
  districts: [
    { code: 'D01', name: '中央地区（サンプル）', population: 18400 },
    { code: 'D02', name: '東地区（サンプル）', population: 12650 },
    { code: 'D03', name: '西地区（サンプル）', population: 9870 },
    { code: 'D04', name: '南地区（サンプル）', population: 15210 },
    { code: 'D05', name: '北地区（サンプル）', population: 7340 },
    { code: 'D06', name: '桜台地区（サンプル）', population: 11020 },
    { code: 'D07', name: '川辺地区（サンプル）', population: 6480 },
    { code: 'D08', name: '丘陵地区（サンプル）', population: 4150 },
  ],
};
