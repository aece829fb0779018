// First: opens the board's connection before the rest of the app evaluates.
import './earlyConnection';
import '@chiiki/ui/theme.css';
import './app.css';
import { createI18n, I18nProvider, restoreHighContrast, restoreLargeText } from '@chiiki/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { WORKSHOP_MESSAGES } from './i18n/messages';

restoreLargeText();
restoreHighContrast();
const i18n = createI18n(WORKSHOP_MESSAGES, 'workshop');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
}
