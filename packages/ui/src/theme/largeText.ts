import { useSyncExternalStore } from 'react';

/** The class on `<html>` that scales every rem-based size of the theme up. */
export const LARGE_TEXT_CLASS = 'large-text';
/** Where the large-text choice is remembered between visits. */
export const LARGE_TEXT_STORAGE_KEY = 'chiiki.largeText';

const listeners = new Set<() => void>();

function isOn(): boolean {
  return typeof document !== 'undefined' && document.documentElement.classList.contains(LARGE_TEXT_CLASS);
}

/**
 * Sets large-text mode on or off for the whole page; one place so the switch, the stored
 * choice and every subscriber agree.
 */
export function setLargeText(on: boolean): void {
  document.documentElement.classList.toggle(LARGE_TEXT_CLASS, on);
  try {
    globalThis.localStorage?.setItem(LARGE_TEXT_STORAGE_KEY, on ? '1' : '0');
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  for (const listener of listeners) listener();
}

/** Restores the stored large-text choice before the first render, so the page does not jump. */
export function restoreLargeText(): void {
  try {
    if (globalThis.localStorage?.getItem(LARGE_TEXT_STORAGE_KEY) === '1') {
      document.documentElement.classList.add(LARGE_TEXT_CLASS);
    }
  } catch {
    // Nothing stored.
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether large-text mode is on, re-rendering when any switch changes it. */
export function useLargeText(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, isOn, () => false);
  return [on, setLargeText];
}
