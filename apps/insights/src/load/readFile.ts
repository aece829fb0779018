import type { ProgressSink } from './progress';

/**
 * Reads a dropped file's bytes in the stream's own slices, reporting bytes read of the file's
 * size, so a large file shows a percentage from the first moment instead of a busy bar.
 */
export async function readFileBytes(file: File, onProgress?: ProgressSink): Promise<Uint8Array> {
  if (!onProgress || file.size < 1 << 20) return new Uint8Array(await file.arrayBuffer());
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let done = 0;
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    out.set(next.value, done);
    done += next.value.length;
    onProgress({ phase: 'read', done, total: file.size });
  }
  return done === out.length ? out : out.subarray(0, done);
}
