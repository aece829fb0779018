import { useTranslation } from 'react-i18next';
import type { Language } from './createI18n';

/**
 * The current language and a setter, for components that switch language or pick the ja/en
 * field of a plan record (lane names, goals) themselves.
 */
export function useLanguage(): { language: Language; setLanguage: (lng: Language) => void } {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'ja';
  return { language, setLanguage: (lng) => void i18n.changeLanguage(lng) };
}
