import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';

/**
 * One tap switches between Japanese and English: the button reads in the language it switches
 * to ("English" / 「日本語」), so someone who cannot read the current language can still find it;
 * its accessible name is that visible word, as voice-control users say what they see.
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
      title={t('languageSwitchLabel')}
      onClick={() => setLanguage(target)}
    >
      {t('languageSwitch')}
    </button>
  );
}
