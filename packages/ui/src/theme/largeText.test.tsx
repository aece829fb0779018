import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LargeTextSwitch } from '../components/LargeTextSwitch';
import { renderWithI18n } from '../testUtils';
import { LARGE_TEXT_CLASS, LARGE_TEXT_STORAGE_KEY, restoreLargeText } from './largeText';

describe('large-text mode', () => {
  afterEach(() => {
    cleanup();
    document.documentElement.classList.remove(LARGE_TEXT_CLASS);
    localStorage.clear();
  });

  it('toggles the class on <html> and the pressed state with one tap', () => {
    renderWithI18n(<LargeTextSwitch />);
    const button = screen.getByRole('button', { name: /文字を大きく/ });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    act(() => button.click());
    expect(document.documentElement.classList.contains(LARGE_TEXT_CLASS)).toBe(true);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem(LARGE_TEXT_STORAGE_KEY)).toBe('1');
    act(() => button.click());
    expect(document.documentElement.classList.contains(LARGE_TEXT_CLASS)).toBe(false);
  });

  it('restores the stored choice', () => {
    localStorage.setItem(LARGE_TEXT_STORAGE_KEY, '1');
    restoreLargeText();
    expect(document.documentElement.classList.contains(LARGE_TEXT_CLASS)).toBe(true);
  });
});
