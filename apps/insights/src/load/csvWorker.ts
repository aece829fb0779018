/// <reference lib="webworker" />
import { draftToSource, parseBytes } from './csvImport';
import type { CsvRequest } from './csvOffThread';
import { setProgressSink } from './progress';

/**
 * Decoding, parsing and validating a planner's CSV run here, off the main thread, so a
 * 50 MB file (half a million rows) never freezes the page while it is read. Each step posts how
 * far it has got (bytes decoded, characters parsed, rows checked) for the percentage shown.
 */
self.onmessage = (e: MessageEvent<CsvRequest>) => {
  const m = e.data;
  setProgressSink((step) => postMessage({ progress: step }));
  try {
    if (m.type === 'parse') {
      postMessage({ ok: true, value: parseBytes(m.file, m.bytes, m.encoding) });
    } else {
      postMessage({ ok: true, value: draftToSource(m.draft, m.districts, m.indicators) });
    }
  } catch (error) {
    postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
