/** Why a request to our server failed, in both languages, for the picker and the load's problem list. */
export class ServerRequestError extends Error {
  readonly ja: string;
  readonly en: string;
  constructor(status: number | null) {
    const [ja, en] =
      status === null
        ? [
            'サーバーに接続できません。ネットワークを確かめてください。',
            'cannot reach the server. Check the network.',
          ]
        : status === 401 || status === 403
          ? [
              'トークンが違うか、このワークショップのファシリテーター・管理者のトークンではありません。',
              'the token is wrong, or not a facilitator or admin token of this workshop.',
            ]
          : status === 404
            ? ['ワークショップが見つかりません。', 'workshop not found.']
            : [
                `サーバーがエラーを返しました（HTTP ${status}）。`,
                `the server answered with an error (HTTP ${status}).`,
              ];
    super(en);
    this.ja = ja;
    this.en = en;
  }
}

/** The failure of a request as { ja, en }, whatever was thrown. */
export function serverProblem(e: unknown): { ja: string; en: string } {
  if (e instanceof ServerRequestError) return { ja: e.ja, en: e.en };
  return { ja: 'サーバーの応答を読めませんでした。', en: "could not read the server's answer." };
}

/** Fetches from our server, turning a network failure or an error status into a ServerRequestError. */
async function request(url: string, token: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ServerRequestError(null);
  }
  if (!res.ok) throw new ServerRequestError(res.status);
  return res;
}

/** A workshop as the server lists it (only what the picker shows). */
export interface ServerWorkshop {
  id: string;
  theme?: string;
  date?: string;
  districtCode?: string;
  status?: string;
}

/** One page of the server's list, and the workshop the next page starts after (null on the last). */
export interface ServerWorkshopPage {
  workshops: ServerWorkshop[];
  next: string | null;
}

/**
 * Asks our own server (same origin, the one that served this app) for a page of its workshops,
 * newest first, with the facilitator/admin token the planner typed; `after` is the previous page's
 * `next`. The only network call the app makes, and only when asked.
 */
export async function listServerWorkshops(token: string, after?: string): Promise<ServerWorkshopPage> {
  const url = after === undefined ? '/api/workshops' : `/api/workshops?after=${encodeURIComponent(after)}`;
  const body = (await (await request(url, token)).json()) as { workshops?: unknown; next?: unknown };
  const list = Array.isArray(body.workshops) ? (body.workshops as { workshop?: ServerWorkshop }[]) : [];
  return {
    workshops: list.map((e) => e.workshop as ServerWorkshop).filter((w) => typeof w?.id === 'string'),
    next: typeof body.next === 'string' ? body.next : null,
  };
}

/**
 * Fetches one workshop's export as JSON text, to be validated like a dropped file, with the file
 * name the server gives it (`workshop-<date>-<district>-<id>.json`), so the sources list names it
 * as a downloaded copy would be named.
 */
export async function fetchServerExport(token: string, id: string): Promise<{ name: string; text: string }> {
  const res = await request(`/api/workshops/${encodeURIComponent(id)}/export?format=json`, token);
  const given = /filename="([^"/\\]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  return { name: given ?? `${id}.json`, text: await res.text() };
}
