import { useSyncExternalStore } from 'react';

/** One on/off display preference: its setter, its restore-before-render, and its hook. */
export interface HtmlClassPreference {
  set(on: boolean): void;
  restore(): void;
  useValue(): [boolean, (on: boolean) => void];
}

/**
 * A display preference kept as a class on `<html>` (so plain CSS in tokens.css does the work,
 * even before React renders) and remembered in localStorage. One implementation, so every
 * switch, the stored choice and every subscriber agree, whichever preference it is.
 */
export function htmlClassPreference(className: string, storageKey: string): HtmlClassPreference {
  const listeners = new Set<() => void>();
  const isOn = () =>
    typeof document !== 'undefined' && document.documentElement.classList.contains(className);
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const set = (on: boolean) => {
    document.documentElement.classList.toggle(className, on);
    try {
      globalThis.localStorage?.setItem(storageKey, on ? '1' : '0');
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    for (const listener of listeners) listener();
  };
  return {
    set,
    restore: () => {
      try {
        if (globalThis.localStorage?.getItem(storageKey) === '1')
          document.documentElement.classList.add(className);
      } catch {
        // Nothing stored.
      }
    },
    useValue: () => [useSyncExternalStore(subscribe, isOn, () => false), set],
  };
}
