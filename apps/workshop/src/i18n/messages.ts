import type { AppResources } from '@chiiki/ui';
import { WORKSHOP_EN } from './en';
import { WORKSHOP_JA } from './ja';

/** The workshop app's catalogs under its own namespace, handed to createI18n at start. */
export const WORKSHOP_MESSAGES: AppResources = {
  ja: { workshop: WORKSHOP_JA },
  en: { workshop: WORKSHOP_EN },
};
