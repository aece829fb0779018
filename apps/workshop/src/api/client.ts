import type { AttendanceAnswers, BoardCommand, Plan, Workshop } from '@chiiki/model';

/** An error from the server, with its message in both languages as the API returns it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly ja: string,
    readonly en: string,
  ) {
    super(en || code);
  }

  /** True when sending the same request later may work (server down, busy, or no network). */
  get retryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  token?: string;
}

async function request<T>(path: string, { method = 'GET', body, token }: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'network', '通信できません。', 'Cannot reach the server.');
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (data as { error?: { code?: string; ja?: string; en?: string } } | undefined)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.ja ?? '',
      error?.en ?? '',
    );
  }
  return data as T;
}

/** What creating a workshop returns: the facilitator's token and what participants join with. */
interface CreatedWorkshop {
  workshop: Workshop;
  facilitatorToken: string;
  joinCode: string;
  joinUrl: string;
}

/** What joining returns: a participant token scoped to one workshop. */
interface Joined {
  participantToken: string;
  participantId: string;
  workshopId: string;
}

/** The workshop server's HTTP API (docs/api.md), one function per endpoint. */
export const api = {
  /** The plan's lanes, districts and goals (public). */
  async plan(): Promise<Plan> {
    const data = await request<Plan | { plan: Plan }>('/api/plan');
    return 'plan' in data && typeof data.plan === 'object' ? data.plan : (data as Plan);
  },
  createWorkshop(
    adminToken: string,
    body: { planId: string; districtCode: string; theme: string; date: string; facilitator?: string },
  ): Promise<CreatedWorkshop> {
    return request('/api/workshops', { method: 'POST', body, token: adminToken });
  },
  join(body: { joinCode: string; nickname?: string; attendance?: AttendanceAnswers }): Promise<Joined> {
    return request('/api/join', { method: 'POST', body });
  },
  /** One workshop's record (theme, district, status); participants may read their own. */
  workshop(workshopId: string, token: string): Promise<{ workshop: Workshop }> {
    return request(`/api/workshops/${encodeURIComponent(workshopId)}`, { token });
  },
  /** Any board command (note, vote, or facilitator command); the server checks the role and phase. */
  command<T = unknown>(workshopId: string, token: string, command: BoardCommand): Promise<T> {
    return request(`/api/workshops/${encodeURIComponent(workshopId)}/commands`, {
      method: 'POST',
      body: command,
      token,
    });
  },
  /** Closes the workshop for good (facilitator): the board freezes and tokens stop writing. */
  close(workshopId: string, token: string): Promise<{ workshop: Workshop }> {
    return request(`/api/workshops/${encodeURIComponent(workshopId)}/close`, { method: 'POST', token });
  },
};
