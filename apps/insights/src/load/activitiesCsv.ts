import { type Activity, ActivitySchema, type District } from '@chiiki/model';
import type { ColumnMapping } from './csv/mapping';
import type { CsvTable } from './csv/parseCsv';
import { ACTIVITY_FIELDS } from './fields';
import {
  normaliseCount,
  normaliseDate,
  normaliseDistrict,
  normaliseKind,
  normaliseOrganiser,
} from './normalise';
import { type RowsResult, rowsToRecords } from './rowsToRecords';

/**
 * Activity rows as planners write them (令和7年4月12日, 出前講座, 社協, １２人) → the model's
 * Activity records, each validated; districts must be the plan's.
 */
export function activitiesFromCsv(
  file: string,
  table: CsvTable,
  mapping: ColumnMapping,
  districts: readonly District[],
): RowsResult<Activity> {
  const known = new Set(districts.map((d) => d.code));
  const result = rowsToRecords(
    file,
    table,
    ACTIVITY_FIELDS,
    mapping,
    ActivitySchema,
    (get) => {
      const memo = get('memo').trim();
      return {
        typeName: 'activity',
        date: normaliseDate(get('date')),
        districtCode: normaliseDistrict(get('districtCode'), districts),
        kind: normaliseKind(get('kind')),
        organiser: normaliseOrganiser(get('organiser')),
        participants: normaliseCount(get('participants')),
        volunteers: normaliseCount(get('volunteers'), 0),
        ...(memo ? { memo } : {}),
      };
    },
    (a) =>
      known.size > 0 && !known.has(a.districtCode)
        ? {
            path: 'districtCode',
            ja: `地区「${a.districtCode}」は計画の地区にありません`,
            en: `district "${a.districtCode}" is not one of the plan's districts`,
          }
        : null,
  );
  // The model lists the choices as codes; planners write 種別 and 主催 in Japanese, so list those.
  const choices: Record<string, { ja: string; en: string }> = {
    kind: {
      ja: '出前講座、研修、サロン、ボランティア活動、広報、メール配信、ワークショップ、その他',
      en: '出前講座, 研修, サロン, ボランティア活動, 広報, メール配信, ワークショップ, その他',
    },
    organiser: { ja: '市、社協、地域', en: '市, 社協, 地域 (city, council, community)' },
  };
  // A district written as an unknown name fails the code's format check; say what it is instead.
  const names = districts.map((d) => d.name).join('、');
  result.problems = result.problems.map((p) => {
    if (p.path === 'districtCode' && names && p.ja.includes('コードの形式')) {
      return {
        ...p,
        ja: p.ja.replace(/: [^:]*$/, `: 計画の地区にありません（使える値: ${names}、または地区コード）`),
        en: p.en.replace(
          /: [^:]*$/,
          `: not one of the plan's districts (use one of: ${names}, or a district code)`,
        ),
      };
    }
    const c = choices[p.path];
    return c
      ? {
          ...p,
          ja: p.ja.replace(/選べる値: .*$/, `使える値: ${c.ja}`),
          en: p.en.replace(/allowed: .*$/, `use one of: ${c.en}`),
        }
      : p;
  });
  return result;
}
