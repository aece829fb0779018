import { useTranslation } from 'react-i18next';
import { useLargeText } from '../theme/largeText';

/**
 * A one-tap toggle for large-text mode, exposed as a pressed/unpressed button so screen
 * readers announce its state; many participants are elderly and need bigger type at once.
 */
export function LargeTextSwitch() {
  const { t } = useTranslation('ui');
  const [on, setOn] = useLargeText();
  return (
    <button type="button" className="btn btn--secondary" aria-pressed={on} onClick={() => setOn(!on)}>
      <span aria-hidden="true" style={{ fontSize: '1.2em' }}>
        あ
      </span>
      {t('largeText')}
    </button>
  );
}
