import { useSyncExternalStore } from 'react';

/** The screens of the app, parsed from the URL so a QR link or a reload lands on the right one. */
type Route =
  | { name: 'start' }
  | { name: 'join'; code?: string }
  | { name: 'board'; workshopId: string }
  | { name: 'projector'; workshopId: string }
  | { name: 'record'; workshopId: string }
  | { name: 'notFound' };

/** Reads a route from a path; the whole router is this function, no router library ships. */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'start' };
  if (parts[0] === 'join' && parts.length <= 2)
    return parts[1] ? { name: 'join', code: parts[1] } : { name: 'join' };
  if (parts[0] === 'w' && parts[1] && parts.length === 2) return { name: 'board', workshopId: parts[1] };
  if (parts[0] === 'w' && parts[1] && parts[2] === 'projector' && parts.length === 3) {
    return { name: 'projector', workshopId: parts[1] };
  }
  if (parts[0] === 'w' && parts[1] && parts[2] === 'record' && parts.length === 3) {
    return { name: 'record', workshopId: parts[1] };
  }
  return { name: 'notFound' };
}

const listeners = new Set<() => void>();

/** Goes to another screen without a reload, keeping the browser's back button working. */
export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** The current route, re-rendering on navigate() and on back/forward. */
export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, () => location.pathname);
  return parseRoute(path);
}
