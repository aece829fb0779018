import type { ActivityKind, District, Organiser } from '@chiiki/model';

/** NFKC turns full-width digits and letters (２０２５／４／１２, ＡＢ) into ASCII; trims. */
export function nfkc(s: string): string {
  return s.normalize('NFKC').trim();
}

const KINDS: Record<string, ActivityKind> = {
  出前講座: 'outreach_lecture',
  研修: 'training',
  研修会: 'training',
  講座: 'training',
  サロン: 'salon',
  ふれあいサロン: 'salon',
  ボランティア活動: 'volunteer_activity',
  ボランティア: 'volunteer_activity',
  広報: 'newsletter',
  広報紙: 'newsletter',
  メール配信: 'newsletter',
  ワークショップ: 'workshop',
  その他: 'other',
};

const ORGS: Record<string, Organiser> = {
  市: 'city',
  市役所: 'city',
  社協: 'council',
  社会福祉協議会: 'council',
  地域: 'community',
  地域団体: 'community',
  地域団体等: 'community',
};

/** 種別 as planners write it (出前講座, 研修, サロン…) → the model's kind; unknown values pass through to be refused. */
export function normaliseKind(raw: string): string {
  const s = nfkc(raw);
  return KINDS[s] ?? s.toLowerCase();
}

/** 主催 as planners write it (市, 社協, 地域) → the model's organiser. */
export function normaliseOrganiser(raw: string): string {
  const s = nfkc(raw);
  return ORGS[s] ?? s.toLowerCase();
}

const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, R: 2018, H: 1988 };

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Dates as planners write them: 2025/4/12, 2025-04-12, 2025年4月12日, 令和7年4月12日 (元年 too),
 * R7.4.12. Returns ISO or the input unchanged, which the model then refuses with a clear message.
 */
export function normaliseDate(raw: string): string {
  const s = nfkc(raw).replace(/元年/, '1年');
  const western = /^(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?(?:\s.*)?$/.exec(s);
  if (western) return iso(Number(western[1]), Number(western[2]), Number(western[3])) ?? s;
  const era = /^(令和|平成|R|H)(\d{1,2})[年.](\d{1,2})[月.](\d{1,2})日?$/i.exec(s);
  if (era) {
    const base = ERAS[(era[1] ?? '').toUpperCase()] ?? ERAS[era[1] ?? ''];
    if (base !== undefined) return iso(base + Number(era[2]), Number(era[3]), Number(era[4])) ?? s;
  }
  return s;
}

/** Counts such as "１２", "12人", "1,200" → 12 / 1200; empty → 0 when allowed; otherwise NaN for the model to refuse. */
export function normaliseCount(raw: string, emptyAs: number | null = null): number {
  const s = nfkc(raw).replace(/[,人名件回]/g, '');
  if (s === '') return emptyAs ?? Number.NaN;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/** 地区 by code (D01) or by name (中央地区, 中央, with or without （サンプル）). */
export function normaliseDistrict(raw: string, districts: readonly District[]): string {
  const s = nfkc(raw);
  const byCode = districts.find((d) => d.code.toLowerCase() === s.toLowerCase());
  if (byCode) return byCode.code;
  const bare = (n: string) =>
    nfkc(n)
      .replace(/[(（]サンプル[)）]/, '')
      .replace(/地区$/, '');
  const byName = districts.find((d) => nfkc(d.name) === s || bare(d.name) === bare(s));
  return byName ? byName.code : s;
}
