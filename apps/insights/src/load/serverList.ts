/** A workshop as the server lists it (only what the picker shows). */
export interface ServerWorkshop {
  id: string;
  theme?: string;
  date?: string;
  districtCode?: string;
  status?: string;
}

/**
 * Asks our own server (same origin, the one that served this app) for its workshops, with the
 * facilitator/admin token the planner typed. The only network call the app makes, and only when asked.
 */
export async function listServerWorkshops(token: string): Promise<ServerWorkshop[]> {
  const res = await fetch('/api/workshops', { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body = (await res.json()) as unknown;
  const list = Array.isArray(body) ? body : ((body as { workshops?: unknown }).workshops ?? []);
  // The server lists entries as { workshop, joinCode, … }; a bare workshop is accepted too.
  return (list as { workshop?: ServerWorkshop }[])
    .map((e) => e.workshop ?? (e as ServerWorkshop))
    .filter((w) => typeof w?.id === 'string');
}

/** Fetches one workshop's export as JSON text, to be validated like a dropped file. */
export async function fetchServerExport(token: string, id: string): Promise<string> {
  const res = await fetch(`/api/workshops/${encodeURIComponent(id)}/export?format=json`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}
