import type { Session } from '../session/session';

/**
 * The link a participant's camera opens: the server's joinUrl when it gave one, else
 * `/join/<code>` on this origin, so the QR works behind any host name the hall uses.
 */
export function joinLink(session: Session): string {
  if (session.joinUrl) return new URL(session.joinUrl, location.origin).href;
  return `${location.origin}/join/${encodeURIComponent(session.joinCode ?? '')}`;
}

/** The join code spaced for reading aloud and off a projector: "ABC DEF". */
export function spacedCode(code: string | undefined): string {
  if (!code) return '';
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
