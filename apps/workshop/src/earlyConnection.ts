import { parseRoute } from './router/router';
import { loadSession } from './session/session';
import { connectEarly } from './sync/useWorkshopSync';

// The board's connection (IndexedDB cache, then socket) opens while the rest of the app still
// evaluates: main.tsx imports this module first, so it runs before React DOM, i18next and the
// screens, and the cache load and the server's reply overlap their evaluation. The board's
// useWorkshopSync takes the connection over (decisions 0011 and 0017).
const route = parseRoute(location.pathname);
const session = route.name === 'board' ? loadSession(route.workshopId) : undefined;
if (session)
  connectEarly(session.workshopId, session.token, { name: session.nickname ?? '', role: session.role });
