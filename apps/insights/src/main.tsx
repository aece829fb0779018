import { createI18n, I18nProvider, restoreHighContrast, restoreLargeText } from '@chiiki/ui';
import '@chiiki/ui/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import './report/print.css';
import { INSIGHTS_MESSAGES } from './app/messages';

const i18n = createI18n(INSIGHTS_MESSAGES, 'insights');
restoreLargeText();
restoreHighContrast();
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
