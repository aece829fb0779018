import type { Session } from '../session/session';

/**
 * The link a participant's camera opens: the server's joinUrl when it gave one, else
 * `/join/<code>` on this origin; a loopback joinUrl is swapped for this origin, so the QR
 * works behind whatever host name the hall's network gives the server.
 */
export function joinLink(session: Session): string {
  const fallback = `${location.origin}/join/${encodeURIComponent(session.joinCode ?? '')}`;
  if (!session.joinUrl) return fallback;
  const url = new URL(session.joinUrl, location.origin);
  // A loopback URL (server without PUBLIC_URL) is useless to a tablet's camera; this origin is not.
  const loopback = /^(localhost|127\.|\[::1\])/.test(url.hostname);
  return loopback && !/^(localhost|127\.|\[::1\])/.test(location.hostname)
    ? `${location.origin}${url.pathname}`
    : url.href;
}

/** The join code spaced for reading aloud and off a projector: "ABC DEF". */
export function spacedCode(code: string | undefined): string {
  if (!code) return '';
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
