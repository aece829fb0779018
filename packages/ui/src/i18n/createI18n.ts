import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_MESSAGES } from './uiMessages';

/** The two languages of the apps: Japanese for residents, English for visitors and reviewers. */
export const LANGUAGES = ['ja', 'en'] as const;
/** A language the apps ship; anything else stored or asked for falls back to Japanese. */
export type Language = (typeof LANGUAGES)[number];

/** A message catalog: nested plain objects of strings, kept as TypeScript so keys are checked. */
export interface Catalog {
  readonly [key: string]: string | Catalog;
}
/** An app's catalogs per language, keyed by namespace (one namespace per app). */
export type AppResources = Record<Language, Record<string, Catalog>>;

/** Where the chosen language is remembered, so a reload keeps the participant's choice. */
export const LANGUAGE_STORAGE_KEY = 'chiiki.language';

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return stored === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

function reflectLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/**
 * Makes an i18next instance with the shared `ui` namespace plus the app's own catalogs,
 * Japanese by default, synchronously ready (catalogs are bundled), keeping `<html lang>` and
 * localStorage in step with the choice so screen readers pick the right voice.
 */
export function createI18n(resources: AppResources, defaultNS: string): I18n {
  const instance = i18next.createInstance();
  const lng = storedLanguage();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'ja',
    supportedLngs: [...LANGUAGES],
    defaultNS,
    ns: ['ui', ...Object.keys(resources.ja)],
    resources: {
      ja: { ui: UI_MESSAGES.ja, ...resources.ja },
      en: { ui: UI_MESSAGES.en, ...resources.en },
    },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  reflectLanguage(lng);
  instance.on('languageChanged', reflectLanguage);
  return instance;
}
