import { useT } from '@chiiki/ui';
import { FACILITATOR_EN } from './en';
import { FACILITATOR_JA } from './ja';

/**
 * Adds the facilitator's and the record sheet's strings to the workshop namespace when their lazy
 * chunk first renders, so participants' tablets never download them.
 */
export function useFacilitatorStrings(): void {
  const { i18n } = useT('workshop');
  if (!i18n.hasResourceBundle('ja', 'workshop') || i18n.exists('close.button', { ns: 'workshop', lng: 'ja' }))
    return;
  i18n.addResourceBundle('ja', 'workshop', FACILITATOR_JA, true, false);
  i18n.addResourceBundle('en', 'workshop', FACILITATOR_EN, true, false);
}
