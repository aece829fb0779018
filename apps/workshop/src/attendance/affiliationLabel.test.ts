import { AFFILIATIONS } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { WORKSHOP_EN } from '../i18n/en';
import { affiliationLabel } from './affiliationLabel';

describe('affiliationLabel', () => {
  it('names every affiliation in both languages from one source each', () => {
    const t = (key: string) =>
      key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], WORKSHOP_EN) as string;
    for (const a of AFFILIATIONS) {
      expect(affiliationLabel(a, 'en', t)).toMatch(/\w/);
      expect(affiliationLabel(a, 'ja', t)).not.toMatch(/^join\./);
    }
    expect(affiliationLabel('minsei', 'ja', t)).toBe('民生委員・児童委員');
  });
});
