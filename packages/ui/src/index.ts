export type { ButtonProps, ButtonVariant } from './components/Button';
export { Button } from './components/Button';
export type { DialogProps } from './components/Dialog';
export { Dialog } from './components/Dialog';
export type { IconButtonProps } from './components/IconButton';
export { IconButton } from './components/IconButton';
export type { LaneHeaderProps } from './components/LaneHeader';
export { LaneHeader } from './components/LaneHeader';
export { LanguageSwitch } from './components/LanguageSwitch';
export { LargeTextSwitch } from './components/LargeTextSwitch';
export type { NoteCardProps } from './components/NoteCard';
export { NoteCard } from './components/NoteCard';
export type { PageLayoutProps } from './components/PageLayout';
export { PageLayout } from './components/PageLayout';
export type { PlotFigureProps } from './components/PlotFigure';
export { PlotFigure } from './components/PlotFigure';
export type { ConnectionStatus, StatusPillProps } from './components/StatusPill';
export { StatusPill } from './components/StatusPill';
export type { AppResources, Catalog, Language } from './i18n/createI18n';
export { createI18n, LANGUAGE_STORAGE_KEY, LANGUAGES } from './i18n/createI18n';
export { I18nProvider, useT } from './i18n/provider';
export { UI_MESSAGES } from './i18n/uiMessages';
export { useLanguage } from './i18n/useLanguage';
export { restoreHighContrast } from './theme/highContrast';
export {
  LARGE_TEXT_CLASS,
  LARGE_TEXT_STORAGE_KEY,
  restoreLargeText,
  setLargeText,
  useLargeText,
} from './theme/largeText';
