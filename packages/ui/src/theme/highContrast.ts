import { htmlClassPreference } from './htmlClassPreference';

/** The class on `<html>` that tokens.css turns into black on white with strong borders. */
export const HIGH_CONTRAST_CLASS = 'high-contrast';
/** Where the high-contrast choice is remembered between visits. */
export const HIGH_CONTRAST_STORAGE_KEY = 'chiiki.highContrast';

const highContrast = htmlClassPreference(HIGH_CONTRAST_CLASS, HIGH_CONTRAST_STORAGE_KEY);

/** Restores the stored high-contrast choice before the first render, so the page does not flash. */
export const restoreHighContrast = highContrast.restore;

/** Whether high-contrast mode is on, re-rendering when any switch changes it. */
export function useHighContrast(): [boolean, (on: boolean) => void] {
  return highContrast.useValue();
}
