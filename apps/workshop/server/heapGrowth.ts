import { setFlagsFromString } from 'node:v8';

/** How far V8 lets the old generation grow past what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 300;

/**
 * Fixes V8's old-generation growing factor at ×4, its own upper bound, instead of its estimate
 * (×1.1–4 from collection and allocation speeds). Every socket read is a fresh buffer outside
 * the JS heap, and V8 counts those bytes against the old generation's headroom: under a stream
 * of hostile connections (≈ 12 MB read a second) its estimate (×1.9, ≈ 23 MB of headroom, of
 * which the young generation's 16 MB is kept back) started a mark-compact every 300 ms, each
 * pausing every room (decision 0021). The server's live heap is 25–30 MB, so the price is a
 * JS heap of at most ~120 MB before a collection; idle, V8's memory reducer still shrinks it.
 * Read by V8 at every collection, so setting it once at start is enough.
 */
export function fixHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
