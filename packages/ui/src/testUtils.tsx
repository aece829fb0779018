import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createI18n } from './i18n/createI18n';
import { I18nProvider } from './i18n/provider';

/** Renders with a fresh i18n instance and a tiny test namespace, as an app would. */
export function renderWithI18n(ui: ReactElement) {
  const i18n = createI18n(
    { ja: { test: { hello: 'こんにちは' } }, en: { test: { hello: 'Hello' } } },
    'test',
  );
  return { i18n, ...render(<I18nProvider i18n={i18n}>{ui}</I18nProvider>) };
}
