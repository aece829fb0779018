import { ApiError } from '../api/client';
import type { OutboxEntry, OutboxStore, ParticipantCommand, Refusal } from './outboxStore';

/** Sends one command; resolves on the server's 2xx, rejects with ApiError otherwise. */
type SendCommand = (command: ParticipantCommand) => Promise<unknown>;

/**
 * What the outbox tells the screen: what is still waiting, and every refusal not yet dismissed
 * (several queued notes can be refused at once, e.g. when the phase moved on while offline).
 */
export interface OutboxState {
  entries: readonly OutboxEntry[];
  rejected: readonly Refusal[];
}

const MIN_RETRY_MS = 1000;
const MAX_RETRY_MS = 15000;

/**
 * A participant's commands, kept in order in a persistent store until the server accepts each
 * one. A command leaves the store only after a 2xx, so none is lost on a Wi-Fi drop or a
 * reload; the server applies each commandId once, so a resend after a lost reply is harmless.
 * A command the server refuses for good (4xx) leaves the queue instead of blocking it forever,
 * but is first stored as a refusal, so its text stays in sight across reloads until dismissed.
 */
export class Outbox {
  private state: OutboxState = { entries: [], rejected: [] };
  private readonly listeners = new Set<(state: OutboxState) => void>();
  private sending = false;
  private retryMs = MIN_RETRY_MS;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  readonly ready: Promise<void>;

  constructor(
    private readonly store: OutboxStore,
    private readonly send: SendCommand,
  ) {
    this.ready = Promise.all([store.load(), store.loadRefused()]).then(([entries, refused]) => {
      const stored = new Set(entries.map((e) => e.command.commandId));
      const added = this.state.entries.filter((e) => !stored.has(e.command.commandId));
      // Nothing is refused before the first flush, which waits for this load.
      this.set({ entries: [...entries, ...added], rejected: refused });
      void this.flush();
    });
  }

  /** The current state (for useSyncExternalStore). */
  get snapshot(): OutboxState {
    return this.state;
  }

  /** Listens for changes; returns the unsubscribe function. */
  subscribe = (listener: (state: OutboxState) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stores a command on disk first, then tries to send it; the screen shows it as pending. */
  async enqueue(command: ParticipantCommand): Promise<void> {
    const entry: OutboxEntry = { command, enqueuedAt: new Date().toISOString() };
    await this.store.append(entry);
    this.set({ ...this.state, entries: [...this.state.entries, entry] });
    void this.flush();
  }

  /** Sends waiting commands in order, one at a time; safe to call at any moment. */
  async flush(): Promise<void> {
    if (this.sending || this.closed) return;
    this.sending = true;
    clearTimeout(this.timer);
    try {
      await this.ready;
      for (let next = this.state.entries[0]; next && !this.closed; next = this.state.entries[0]) {
        try {
          await this.send(next.command);
        } catch (error) {
          const apiError =
            error instanceof ApiError
              ? error
              : new ApiError(0, 'network', '通信できません。', 'Network error.');
          if (apiError.retryable || apiError.status === 401) {
            this.scheduleRetry();
            return;
          }
          await this.refuse(next.command, apiError);
        }
        await this.store.remove(next.command.commandId);
        const id = next.command.commandId;
        this.set({ ...this.state, entries: this.state.entries.filter((e) => e.command.commandId !== id) });
        this.retryMs = MIN_RETRY_MS;
      }
    } finally {
      this.sending = false;
    }
  }

  /** Forgets a refusal the person has read (or whose text went back into the composer). */
  async dismiss(commandId: string): Promise<void> {
    this.set({
      ...this.state,
      rejected: this.state.rejected.filter((r) => r.command.commandId !== commandId),
    });
    await this.store.dismissRefused(commandId);
  }

  /** Stops retrying (the screen is leaving); what is stored stays for next time. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  // Stored before the command leaves the queue: a crash in between resends it, and the store
  // keeps one refusal per commandId, so the note is never out of both lists.
  private async refuse(command: ParticipantCommand, error: ApiError): Promise<void> {
    const { status, code, ja, en } = error;
    const refusal: Refusal = {
      command,
      error: { status, code, ja, en },
      refusedAt: new Date().toISOString(),
    };
    await this.store.addRefused(refusal);
    if (!this.state.rejected.some((r) => r.command.commandId === command.commandId))
      this.set({ ...this.state, rejected: [...this.state.rejected, refusal] });
  }

  private scheduleRetry(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  private set(state: OutboxState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
