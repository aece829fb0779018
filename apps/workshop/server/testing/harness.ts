import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { type RunningServer, type ServerOptions, startServer } from '../app';

/** The admin token every test server uses. */
export const TEST_ADMIN = 'test-admin-token-0123456789';

/** A JSON response as tests read it. */
export interface ApiResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  body: any;
}

/** A real server on 127.0.0.1:0 with its own temporary data directory, torn down after the test. */
export interface TestServer {
  server: RunningServer;
  dir: string;
  api(method: string, path: string, body?: unknown, token?: string): Promise<ApiResponse>;
  createWorkshop(): Promise<{ id: string; facilitatorToken: string; joinCode: string }>;
  join(joinCode: string, nickname?: string): Promise<{ participantToken: string; participantId: string }>;
  /** Stops the server and starts a new one on the same data directory. */
  restart(extra?: Partial<ServerOptions>): Promise<void>;
  wsUrl(workshopId: string, token?: string): string;
}

/**
 * Starts a test server. Cleanup (close the server, remove the directory) is registered with the
 * running test, so no test can leak a port or a temp folder.
 */
export async function startTestServer(
  extra: Partial<ServerOptions> = {},
  existingDir?: string,
): Promise<TestServer> {
  const dir = existingDir ?? (await mkdtemp(join(tmpdir(), 'chiiki-ws-')));
  const options = (more: Partial<ServerOptions>): ServerOptions => ({
    dataDir: dir,
    port: 0,
    host: '127.0.0.1',
    adminToken: TEST_ADMIN,
    seedSample: false,
    log: () => undefined,
    ...extra,
    ...more,
  });
  const t: TestServer = {
    server: await startServer(options({})),
    dir,
    async api(method, path, body, token) {
      const headers: Record<string, string> = {};
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await fetch(`${t.server.url}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {}
      return { status: res.status, body: parsed };
    },
    async createWorkshop() {
      const res = await t.api('POST', '/api/workshops', { districtCode: 'D01', theme: 'テスト' }, TEST_ADMIN);
      if (res.status !== 201) throw new Error(`create failed: ${JSON.stringify(res.body)}`);
      return {
        id: res.body.workshop.id,
        facilitatorToken: res.body.facilitatorToken,
        joinCode: res.body.joinCode,
      };
    },
    async join(joinCode, nickname) {
      const res = await t.api('POST', '/api/join', { joinCode, ...(nickname ? { nickname } : {}) });
      if (res.status !== 200) throw new Error(`join failed: ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async restart(more = {}) {
      await t.server.close();
      t.server = await startServer(options(more));
    },
    wsUrl(workshopId, token) {
      const base = t.server.url.replace('http', 'ws');
      return `${base}/sync/${workshopId}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
    },
  };
  onTestFinished(async () => {
    await t.server.close();
    if (!existingDir) await rm(dir, { recursive: true, force: true });
  });
  return t;
}

/** Adds note number `n` to the community lane by command: ids derive from `n`, so a repeat is a retry. */
export function addNumberedNote(t: TestServer, workshopId: string, token: string, n: number) {
  return t.api(
    'POST',
    `/api/workshops/${workshopId}/commands`,
    { type: 'addNote', commandId: `cmd-${n}-x`, noteId: `note-${n}-x`, lane: 'community', text: `付箋 ${n}` },
    token,
  );
}

/** The path of a workshop's room log, for tests that corrupt, remove or inspect it on disk. */
export function roomFile(t: TestServer, workshopId: string): string {
  return join(t.dir, 'rooms', `${workshopId}.ylog`);
}
