import type { Duplex } from 'node:stream';
import type { RateLimiter } from '../auth/rateLimit';
import type { Refuse } from './refuse';

/**
 * Charges every chunk a connection's socket delivers to its token subject's byte budget as it
 * arrives, before ws gathers it into a frame, and refuses the connection (1008) once the budget is
 * spent. Charged per Yjs update after the whole frame was read, a 300 KiB update past the budget
 * was still received, copied into one buffer and only then refused; those buffers are external
 * memory, which V8 counts against the old generation's limit, and a stream of them kept the
 * collector in back-to-back mark-compacts that every room waited for (decision 0021). Charged
 * here, at most one socket read (≤ 64 KiB) is taken past the budget, whatever the frame says.
 */
export function chargeReceivedBytes(
  socket: Duplex,
  budget: RateLimiter,
  subject: string,
  refuse: Refuse,
): void {
  socket.prependListener('data', (chunk: Buffer) => {
    if (!budget.take(subject, chunk.length)) refuse(1008, 'byte rate limit');
  });
}
