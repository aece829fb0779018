import { useTranslation } from 'react-i18next';
import { useHighContrast } from '../theme/highContrast';

/**
 * A one-tap toggle for high-contrast mode beside the large-text one: pale greys and thin borders
 * vanish for people with low vision and on a tablet in a bright hall. A pressed/unpressed button
 * so screen readers announce its state.
 */
export function HighContrastSwitch() {
  const { t } = useTranslation('ui');
  const [on, setOn] = useHighContrast();
  return (
    <button type="button" className="btn btn--secondary" aria-pressed={on} onClick={() => setOn(!on)}>
      <span aria-hidden="true" style={{ fontSize: '1.2em' }}>
        ◐
      </span>
      {t('highContrast')}
    </button>
  );
}
