import type { ReactNode } from 'react';
import { HighContrastSwitch } from './HighContrastSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { LargeTextSwitch } from './LargeTextSwitch';

/** Props of PageLayout: the app title and optional extra header tools (status, presence). */
export interface PageLayoutProps {
  title: ReactNode;
  tools?: ReactNode;
  children: ReactNode;
  /** Hide the language, large-text and high-contrast switches (a projector screen has nobody to tap them). */
  bare?: boolean;
}

/**
 * The frame of every screen: a header with the title and the one-tap switches always in
 * the same place, and a `<main>` landmark, so people find the switches on every screen.
 */
export function PageLayout({ title, tools, children, bare }: PageLayoutProps) {
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{title}</h1>
        <div className="page__tools">
          {tools}
          {bare ? null : (
            <>
              <LargeTextSwitch />
              <HighContrastSwitch />
              <LanguageSwitch />
            </>
          )}
        </div>
      </header>
      <main className="page__main">{children}</main>
    </div>
  );
}
