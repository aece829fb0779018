import { newId } from '@chiiki/model';
import { type HttpAnswer, http } from './http';

/** A workshop as the suite uses it: its id, the facilitator's token and the join code. */
export interface TestWorkshop {
  id: string;
  facilitatorToken: string;
  joinCode: string;
}

/** A joined participant tablet. */
export interface TestParticipant {
  token: string;
  participantId: string;
}

/** The lanes of the default plan the commands use (the plan is the server's default). */
export const LANES = ['citizen', 'community', 'council', 'city'] as const;

/**
 * The board's HTTP API for one server: create a workshop as the operator, join as a tablet,
 * send commands. Every helper throws on an unexpected status so setup failures are loud.
 */
export class Api {
  constructor(
    public base: string,
    readonly adminToken: string,
  ) {}

  async createWorkshop(): Promise<TestWorkshop> {
    const res = await http(this.base, {
      path: '/api/workshops',
      token: this.adminToken,
      body: { districtCode: 'D01', theme: '信頼性テスト / reliability' },
    });
    if (res.status !== 201) throw new Error(`create workshop: ${res.status} ${res.text}`);
    const body = res.json as { workshop: { id: string }; facilitatorToken: string; joinCode: string };
    return { id: body.workshop.id, facilitatorToken: body.facilitatorToken, joinCode: body.joinCode };
  }

  async join(joinCode: string, localAddress?: string): Promise<TestParticipant> {
    const res = await http(this.base, {
      path: '/api/join',
      body: { joinCode, nickname: 'テスト' },
      ...(localAddress ? { localAddress } : {}),
    });
    if (res.status !== 200) throw new Error(`join: ${res.status} ${res.text}`);
    const body = res.json as { participantToken: string; participantId: string };
    return { token: body.participantToken, participantId: body.participantId };
  }

  /** Sends one command; the answer is returned whatever its status (callers judge it). */
  command(workshopId: string, token: string, body: Record<string, unknown>): Promise<HttpAnswer> {
    return http(this.base, { path: `/api/workshops/${workshopId}/commands`, token, body });
  }

  /**
   * Resends one command with the same command id, as a tablet's outbox does, until a 2xx answer or
   * a refusal no retry can fix (a 4xx other than 429); gives up after the timeout.
   */
  async commandUntilDone(
    workshopId: string,
    token: string,
    body: Record<string, unknown>,
    timeoutMs = 20_000,
  ): Promise<HttpAnswer> {
    const start = Date.now();
    for (;;) {
      const res = await this.command(workshopId, token, body).catch(() => undefined);
      if (res && (res.status < 500 || Date.now() - start > timeoutMs) && res.status !== 429) return res;
      if (Date.now() - start > timeoutMs) throw new Error(`command not done after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** An addNote command with fresh ids and the given text. */
  static addNote(text: string, lane: string = LANES[0]): Record<string, unknown> {
    return { type: 'addNote', commandId: newId(), noteId: newId(), lane, text };
  }
}
