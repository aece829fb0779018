import type { Activity, ActivityKind, Organiser } from '../records/activity';
import type { District } from '../records/plan';

/** Activity kinds as planners write them in the 種別 column. */
export const ACTIVITY_KIND_JA: Readonly<Record<ActivityKind, string>> = {
  workshop: 'ワークショップ',
  outreach_lecture: '出前講座',
  training: '研修',
  volunteer_activity: 'ボランティア活動',
  salon: 'サロン',
  newsletter: '広報',
  other: 'その他',
};

/** Organisers as planners write them in the 主催 column. */
export const ORGANISER_JA: Readonly<Record<Organiser, string>> = {
  city: '市',
  council: '社協',
  community: '地域団体等',
};

/** The column headers of the planners' activity CSV, in order. */
export const ACTIVITY_CSV_HEADERS_JA = [
  '日付',
  '地区',
  '種別',
  '主催',
  '参加者数',
  'ボランティア数',
  '備考',
] as const;
/** The same columns with the model's field names, for machine-made files. */
export const ACTIVITY_CSV_HEADERS_EN = [
  'date',
  'district_code',
  'kind',
  'organiser',
  'participants',
  'volunteers',
  'memo',
] as const;

/** How to write the CSV. Only UTF-8 text: Shift_JIS is an encoding step outside the model. */
export type ActivityCsvOptions = {
  encoding?: 'utf8';
  /** 日付,地区,... headers and Japanese values (出前講座, 社協) as planners' files have them. */
  japaneseHeaders?: boolean;
  /** Write district names (from the plan) instead of codes in the 地区 column. */
  districts?: readonly District[];
  /** Start with a byte-order mark so Excel opens UTF-8 without garbling. */
  bom?: boolean;
};

function cell(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Yields the CSV's lines (each ending in CRLF, as Excel writes them), header first; a generator
 * so a million-row file can be streamed to disk or a Blob without building one string.
 */
export function* activityCsvLines(
  rows: Iterable<Activity>,
  options: ActivityCsvOptions = {},
): Generator<string> {
  const ja = options.japaneseHeaders ?? true;
  const names = new Map((options.districts ?? []).map((d) => [d.code, d.name]));
  const headers: readonly string[] = ja ? ACTIVITY_CSV_HEADERS_JA : ACTIVITY_CSV_HEADERS_EN;
  yield `${options.bom ? '\uFEFF' : ''}${headers.join(',')}\r\n`;
  for (const r of rows) {
    const values = [
      r.date,
      names.get(r.districtCode) ?? r.districtCode,
      ja ? ACTIVITY_KIND_JA[r.kind] : r.kind,
      ja ? ORGANISER_JA[r.organiser] : r.organiser,
      r.participants,
      r.volunteers,
      r.memo,
    ];
    yield `${values.map(cell).join(',')}\r\n`;
  }
}

/**
 * The activity CSV planners receive (日付,地区,種別,主催,参加者数,ボランティア数,備考), as one
 * string. For Shift_JIS, encode this string outside the model (TextEncoder writes only UTF-8).
 */
export function activitiesToCsv(rows: Iterable<Activity>, options: ActivityCsvOptions = {}): string {
  let out = '';
  for (const line of activityCsvLines(rows, options)) out += line;
  return out;
}
