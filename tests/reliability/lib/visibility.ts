import type * as Y from 'yjs';

interface Pending {
  at: number;
  seen: (doc: Y.Doc) => boolean;
  done: (ms: number) => void;
}

/**
 * Times "command sent → change visible on another tablet": a check is registered before the
 * command is sent (the broadcast may arrive before the HTTP answer), and every update the tablet
 * receives tests the pending checks against its doc. A check that will never come true (a
 * refused command, a private draft) is cancelled by the caller.
 */
export class Visibility {
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  constructor(readonly doc: Y.Doc) {
    doc.on('update', () => this.check());
  }

  /** Starts timing; `done` gets the milliseconds once `seen(doc)` holds. Returns a cancel function. */
  expect(seen: (doc: Y.Doc) => boolean, done: (ms: number) => void): () => void {
    const id = this.next++;
    this.pending.set(id, { at: performance.now(), seen, done });
    return () => this.pending.delete(id);
  }

  /** Checks still waiting (for a final count of changes that never became visible). */
  get waiting(): number {
    return this.pending.size;
  }

  private check(): void {
    for (const [id, entry] of this.pending) {
      if (!entry.seen(this.doc)) continue;
      this.pending.delete(id);
      entry.done(performance.now() - entry.at);
    }
  }
}
