import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';

/**
 * One tap switches between Japanese and English: the button is labelled in the language it
 * switches to, so someone who cannot read the current language can still find it.
 */
export function LanguageSwitch() {
  const { t } = useTranslation('ui');
  const { language, setLanguage } = useLanguage();
  const target = language === 'ja' ? 'en' : 'ja';
  return (
    <button
      type="button"
      className="btn btn--secondary"
      lang={target}
      aria-label={t('languageSwitchLabel')}
      onClick={() => setLanguage(target)}
    >
      {t('languageSwitch')}
    </button>
  );
}
