import type { ActivityKind, Organiser } from '@chiiki/model';

/** Activity kinds as planners name them in Japanese (and in English). */
export const KIND_LABELS: Record<ActivityKind, { ja: string; en: string }> = {
  workshop: { ja: 'ワークショップ', en: 'Workshop' },
  outreach_lecture: { ja: '出前講座', en: 'Outreach lecture' },
  training: { ja: '研修', en: 'Training' },
  volunteer_activity: { ja: 'ボランティア活動', en: 'Volunteer activity' },
  salon: { ja: 'サロン', en: 'Salon' },
  newsletter: { ja: '広報・メール配信', en: 'Newsletter' },
  other: { ja: 'その他', en: 'Other' },
};

/** Organisers as the plan names them. */
export const ORGANISER_LABELS: Record<Organiser, { ja: string; en: string }> = {
  city: { ja: '市', en: 'City' },
  council: { ja: '社協', en: 'Council' },
  community: { ja: '地域', en: 'Community' },
};

/** Picks the label in the current language, or the key when unknown. */
export function labelOf(
  map: Record<string, { ja: string; en: string }>,
  key: string,
  lang: 'ja' | 'en',
): string {
  return map[key]?.[lang] ?? key;
}
