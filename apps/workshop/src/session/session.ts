/** Who this tablet is in one workshop: kept in localStorage so a reload stays in the workshop. */
export interface Session {
  workshopId: string;
  role: 'participant' | 'facilitator';
  token: string;
  /** The author id of notes written here (the participant id, or the facilitator's subject). */
  participantId: string;
  nickname?: string;
  joinCode?: string;
  joinUrl?: string;
  theme?: string;
  createdAt?: string;
}

const SESSION_PREFIX = 'chiiki.session.';
/** Where the staff admin token is remembered, so a facilitator types it once per device. */
const ADMIN_TOKEN_KEY = 'chiiki.adminToken';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the session lasts for this page only.
  }
}

/**
 * Keeps the session in localStorage, one key per workshop: a reload, or a tablet that sleeps and
 * wakes, must land back on the same board as the same person without joining again.
 */
export function saveSession(session: Session): void {
  write(SESSION_PREFIX + session.workshopId, JSON.stringify(session));
}

/** The session for a workshop, if this tablet joined or created it. */
export function loadSession(workshopId: string): Session | undefined {
  const raw = read(SESSION_PREFIX + workshopId);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Session;
  } catch {
    return undefined;
  }
}

/** Workshops this device created, newest first, so a facilitator can reopen one after a reload. */
export function facilitatorSessions(): Session[] {
  const sessions: Session[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(SESSION_PREFIX)) continue;
      const session = loadSession(key.slice(SESSION_PREFIX.length));
      if (session?.role === 'facilitator') sessions.push(session);
    }
  } catch {
    return [];
  }
  return sessions.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
}

/** The staff token kept on this device, or '' so the start form shows an empty field. */
export function loadAdminToken(): string {
  return read(ADMIN_TOKEN_KEY) ?? '';
}

/** Keeps the staff token on this device, so the next workshop is created without typing it again. */
export function saveAdminToken(token: string): void {
  write(ADMIN_TOKEN_KEY, token);
}

/** Reads the subject of a signed token, so facilitator notes carry a stable author id. */
export function tokenSubject(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = JSON.parse(atob(payload.replaceAll('-', '+').replaceAll('_', '/'))) as Record<
      string,
      unknown
    >;
    const subject = json.participantId ?? json.sub;
    return typeof subject === 'string' ? subject : undefined;
  } catch {
    return undefined;
  }
}
