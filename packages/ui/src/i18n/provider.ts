import { I18nextProvider, useTranslation } from 'react-i18next';

/**
 * Provides an instance from createI18n to the tree; re-exported so apps depend on this
 * package, not on react-i18next directly, and only one copy ships.
 */
export const I18nProvider = I18nextProvider;

/** Translation hook for an app's namespace; the same hook the shared components use. */
export const useT = useTranslation;
