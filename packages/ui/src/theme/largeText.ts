import { htmlClassPreference } from './htmlClassPreference';

/** The class on `<html>` that scales every rem-based size of the theme up. */
export const LARGE_TEXT_CLASS = 'large-text';
/** Where the large-text choice is remembered between visits. */
export const LARGE_TEXT_STORAGE_KEY = 'chiiki.largeText';

const largeText = htmlClassPreference(LARGE_TEXT_CLASS, LARGE_TEXT_STORAGE_KEY);

/** Restores the stored large-text choice before the first render, so the page does not jump. */
export const restoreLargeText = largeText.restore;

/** Whether large-text mode is on, re-rendering when any switch changes it. */
export function useLargeText(): [boolean, (on: boolean) => void] {
  return largeText.useValue();
}
