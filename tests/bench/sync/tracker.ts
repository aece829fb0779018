import { performance } from 'node:perf_hooks';

/**
 * Send and arrival times of notes, by note id, shared by the writer and every receiver of one
 * process (one clock): per-delivery latency and the time until the last receiver has a note.
 */
export class DeliveryTracker {
  private readonly sentAt = new Map<string, number>();
  private readonly arrivals = new Map<string, number[]>();

  /** Marks a note as sent now; call right before the write that sends it. */
  sent(id: string): void {
    this.sentAt.set(id, performance.now());
    this.arrivals.set(id, []);
  }

  /** Records one receiver getting a note (ignores notes not sent through this tracker). */
  arrived(id: string, at: number): void {
    this.arrivals.get(id)?.push(at);
  }

  /** How many receivers have this note. */
  count(id: string): number {
    return this.arrivals.get(id)?.length ?? 0;
  }

  /** Every delivery's latency (ms) of the given notes. */
  perDelivery(ids: readonly string[]): number[] {
    return ids.flatMap((id) => {
      const t0 = this.sentAt.get(id) ?? Number.NaN;
      return (this.arrivals.get(id) ?? []).map((at) => at - t0);
    });
  }

  /** Per note, the latency until the last of `receivers` had it (notes some never got are skipped). */
  untilAll(ids: readonly string[], receivers: number): number[] {
    return ids.flatMap((id) => {
      const times = this.arrivals.get(id) ?? [];
      const t0 = this.sentAt.get(id) ?? Number.NaN;
      return times.length >= receivers ? [Math.max(...times) - t0] : [];
    });
  }
}
