import type { District, FieldProblem, Indicator } from '@chiiki/model';
import type { Source } from '../store/source';
import type { CsvEncoding } from './csv/decode';
import { type CsvDraft, type CsvKind, draftFromParsed, type Parsed } from './csvImport';
import type { LoadStep, ProgressSink } from './progress';

/** A request to the CSV worker: parse bytes, or convert a mapped draft into a source. */
export type CsvRequest =
  | { type: 'parse'; file: string; bytes: Uint8Array; encoding?: CsvEncoding }
  | { type: 'convert'; draft: CsvDraft; districts: readonly District[]; indicators?: readonly Indicator[] };

type Reply<T> = { progress: LoadStep } | { ok: boolean; value?: T; error?: string };

function run<T>(request: CsvRequest, onProgress?: ProgressSink): Promise<T> {
  const worker = new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Reply<T>>) => {
      if ('progress' in e.data) {
        onProgress?.(e.data.progress);
        return;
      }
      worker.terminate();
      if (e.data.ok) resolve(e.data.value as T);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage(request);
  });
}

/** Reads a CSV into a draft in a worker (the bytes stay here too, for re-decoding on override). */
export async function draftCsvOffThread(
  file: string,
  bytes: Uint8Array,
  kind?: CsvKind,
  encoding?: CsvEncoding,
  onProgress?: ProgressSink,
): Promise<CsvDraft> {
  const parsed = await run<Parsed>(
    { type: 'parse', file, bytes, ...(encoding ? { encoding } : {}) },
    onProgress,
  );
  return draftFromParsed(file, bytes, parsed, kind);
}

/** Validates a mapped draft in a worker: a source to load, or every problem found. */
export function convertOffThread(
  draft: CsvDraft,
  districts: readonly District[],
  onProgress?: ProgressSink,
): Promise<{ source: Source } | { problems: FieldProblem[] }> {
  return run({ type: 'convert', draft, districts }, onProgress);
}
