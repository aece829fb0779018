import type { Phase } from '@chiiki/model';
import { expect } from 'vitest';
import { type ApiResponse, startTestServer, type TestServer } from './harness';
import { SyncClient, until } from './syncClient';

let counter = 0;

/** A test workshop with a facilitator and participants, and short ways to send commands. */
export interface TestBoard {
  t: TestServer;
  id: string;
  facilitator: string;
  participants: Array<{ participantToken: string; participantId: string }>;
  /** Sends one command (a fresh command id unless the body has one). */
  cmd(token: string, body: Record<string, unknown>): Promise<ApiResponse>;
  /** Moves to a phase as the facilitator and expects it to succeed. */
  phase(phase: Phase): Promise<void>;
  /** Adds a note and returns its id. */
  note(token: string, text: string, lane?: string): Promise<string>;
  /** A synced WebSocket client on the shared doc (or the caller's private doc). */
  sync(token: string, doc?: 'private'): Promise<SyncClient>;
}

/** Starts a server with a workshop and `n` joined participants; each test gets its own. */
export async function startBoard(n = 2): Promise<TestBoard> {
  const t = await startTestServer();
  const w = await t.createWorkshop();
  const participants = [];
  for (let i = 0; i < n; i++) participants.push(await t.join(w.joinCode, `参加者${i + 1}`));
  const board: TestBoard = {
    t,
    id: w.id,
    facilitator: w.facilitatorToken,
    participants,
    cmd: (token, body) =>
      t.api(
        'POST',
        `/api/workshops/${w.id}/commands`,
        { commandId: `c${++counter}x${Date.now()}`, ...body },
        token,
      ),
    async phase(phase) {
      const res = await board.cmd(w.facilitatorToken, { type: 'setPhase', phase });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    },
    async note(token, text, lane = 'citizen') {
      const noteId = `n${++counter}x${Date.now()}`;
      const res = await board.cmd(token, { type: 'addNote', noteId, lane, text });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return noteId;
    },
    async sync(token, doc) {
      const url = t.wsUrl(w.id, token) + (doc ? `&doc=${doc}` : '');
      const client = new SyncClient(url, false);
      await until(() => client.synced, 'synced');
      return client;
    },
  };
  return board;
}
