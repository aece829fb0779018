import { readFileSync, writeFileSync } from 'node:fs';
import type { Api } from './api';
import { sleep } from './wait';

/**
 * A participant tablet's outbox as the client keeps it (IndexedDB there, a JSON file here): every
 * command with its client-made ids, removed only after a 2xx answer, so a reload or a crash at
 * any moment resends rather than forgets, and the server's command ids make resending safe.
 */
export class Outbox {
  private pending: Array<Record<string, unknown>>;
  /** Requests this outbox has sent, answered or not. */
  sends = 0;
  /** Set by close(): a flush in progress returns (the page is gone), leaving the rest queued. */
  private closed = false;

  constructor(private readonly file: string) {
    try {
      this.pending = JSON.parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
    } catch {
      this.pending = [];
    }
  }

  get size(): number {
    return this.pending.length;
  }

  /** Queues a command and persists the queue before anything is sent. */
  push(command: Record<string, unknown>): void {
    this.pending.push(command);
    writeFileSync(this.file, JSON.stringify(this.pending));
  }

  /** The page goes away (reload, crash): the next Outbox on the same file carries on. */
  close(): void {
    this.closed = true;
  }

  /**
   * Sends everything, each command `copies` times at once (a lost answer, two tabs), until every
   * command has a 2xx answer; network errors, 5xx and 429 are retried.
   */
  async flush(api: Api, workshopId: string, token: string, copies = 2, timeoutMs = 60_000): Promise<void> {
    const start = Date.now();
    while (this.pending.length > 0 && !this.closed) {
      if (Date.now() - start > timeoutMs) throw new Error(`outbox not empty after ${timeoutMs} ms`);
      const command = this.pending[0] as Record<string, unknown>;
      const answers = await Promise.all(
        Array.from({ length: copies }, () => api.command(workshopId, token, command).catch(() => undefined)),
      );
      this.sends += copies;
      const done = answers.find((a) => a && a.status >= 200 && a.status < 300);
      const fatal = answers.find((a) => a && a.status >= 400 && a.status < 500 && a.status !== 429);
      if (fatal && !done) throw new Error(`outbox command refused: ${fatal.status} ${fatal.text}`);
      if (done) {
        this.pending.shift();
        writeFileSync(this.file, JSON.stringify(this.pending));
      } else await sleep(answers.some((a) => a?.status === 429) ? 1000 : 200);
    }
  }
}
