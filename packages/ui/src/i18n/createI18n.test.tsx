import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { renderWithI18n } from '../testUtils';
import { LANGUAGE_STORAGE_KEY } from './createI18n';
import { useT } from './provider';

function Hello() {
  const { t } = useT('test');
  return <p>{t('hello')}</p>;
}

describe('i18n', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('starts in Japanese and sets <html lang>', () => {
    renderWithI18n(<Hello />);
    expect(screen.getByText('こんにちは')).toBeTruthy();
    expect(document.documentElement.lang).toBe('ja');
  });

  it('switches to English with one tap, remembers it, and updates <html lang>', () => {
    renderWithI18n(
      <>
        <Hello />
        <LanguageSwitch />
      </>,
    );
    act(() => screen.getByRole('button', { name: 'English' }).click());
    expect(screen.getByText('Hello')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    act(() => screen.getByRole('button', { name: '日本語' }).click());
    expect(screen.getByText('こんにちは')).toBeTruthy();
  });

  it('restores the stored language on the next start', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderWithI18n(<Hello />);
    expect(screen.getByText('Hello')).toBeTruthy();
  });
});
