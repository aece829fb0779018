import '@chiiki/ui/theme.css';
import './app.css';
import { createI18n, I18nProvider, restoreHighContrast, restoreLargeText } from '@chiiki/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { WORKSHOP_MESSAGES } from './i18n/messages';
import { parseRoute } from './router/router';
import { loadSession } from './session/session';
import { connectEarly } from './sync/useWorkshopSync';

// The board's socket opens before React renders, so the sync overlaps start-up (see
// docs/decisions/0011-board-first-render.md); the board's useWorkshopSync takes it over.
const route = parseRoute(location.pathname);
const session = route.name === 'board' ? loadSession(route.workshopId) : undefined;
if (session)
  connectEarly(session.workshopId, session.token, { name: session.nickname ?? '', role: session.role });

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
