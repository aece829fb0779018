import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HighContrastSwitch } from '../components/HighContrastSwitch';
import { renderWithI18n } from '../testUtils';
import { HIGH_CONTRAST_CLASS, HIGH_CONTRAST_STORAGE_KEY, restoreHighContrast } from './highContrast';
import { LARGE_TEXT_CLASS } from './largeText';

describe('high-contrast mode', () => {
  afterEach(() => {
    cleanup();
    document.documentElement.classList.remove(HIGH_CONTRAST_CLASS);
    localStorage.clear();
  });

  it('toggles the class on <html>, the pressed state and the stored choice with one tap', () => {
    renderWithI18n(<HighContrastSwitch />);
    const button = screen.getByRole('button', { name: /コントラスト/ });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    act(() => button.click());
    expect(document.documentElement.classList.contains(HIGH_CONTRAST_CLASS)).toBe(true);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem(HIGH_CONTRAST_STORAGE_KEY)).toBe('1');
    expect(document.documentElement.classList.contains(LARGE_TEXT_CLASS)).toBe(false);
    act(() => button.click());
    expect(document.documentElement.classList.contains(HIGH_CONTRAST_CLASS)).toBe(false);
    expect(localStorage.getItem(HIGH_CONTRAST_STORAGE_KEY)).toBe('0');
  });

  it('restores the stored choice', () => {
    localStorage.setItem(HIGH_CONTRAST_STORAGE_KEY, '1');
    restoreHighContrast();
    expect(document.documentElement.classList.contains(HIGH_CONTRAST_CLASS)).toBe(true);
  });
});
