/** Encodings a planner's CSV comes in: Excel on Windows still writes Shift_JIS (CP932) by default. */
export type CsvEncoding = 'utf-8' | 'shift_jis';

/** What detection found, so the UI can say "UTF-8 (BOM)" and offer an override. */
export interface Decoded {
  text: string;
  encoding: CsvEncoding;
  bom: boolean;
}

import { progressTicker } from '../progress';

/** Decodes in 1 MB slices so a large file reports progress as it goes (stream mode joins characters split across slices). */
function decodeSliced(label: string, body: Uint8Array, fatal: boolean): string {
  const decoder = new TextDecoder(label, { fatal });
  const slice = 1 << 20;
  if (body.length <= slice) return decoder.decode(body);
  const tick = progressTicker('decode', body.length, slice);
  const parts: string[] = [];
  for (let i = 0; i < body.length; i += slice) {
    const end = Math.min(body.length, i + slice);
    parts.push(decoder.decode(body.subarray(i, end), { stream: end < body.length }));
    tick(end);
  }
  return parts.join('');
}

/** How many characters a decoder could not read (U+FFFD) in a text. */
function replacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/**
 * Decodes CSV bytes in the browser before anything reaches DuckDB. A BOM means UTF-8; otherwise
 * strict UTF-8 is tried, then strict Shift_JIS (the WHATWG decoder is CP932, so ①, ㈱, 髙 and ～
 * survive). When neither reads every byte, the one with fewer unreadable characters wins, so a
 * UTF-8 file with one damaged byte is not turned wholesale into mojibake; the unreadable
 * characters stay visible (U+FFFD) for the inspection to report. `override` lets the planner
 * force one when detection guesses wrong.
 */
export function decodeCsv(bytes: Uint8Array, override?: CsvEncoding): Decoded {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (override === 'shift_jis')
    return { text: decodeSliced('shift_jis', body, false), encoding: 'shift_jis', bom };
  if (override === 'utf-8' || bom)
    return { text: decodeSliced('utf-8', body, false), encoding: 'utf-8', bom };
  for (const encoding of ['utf-8', 'shift_jis'] as const) {
    try {
      return { text: decodeSliced(encoding, body, true), encoding, bom: false };
    } catch {
      /* not this encoding throughout; try the next */
    }
  }
  const utf8 = decodeSliced('utf-8', body, false);
  const sjis = decodeSliced('shift_jis', body, false);
  return replacements(utf8) < replacements(sjis)
    ? { text: utf8, encoding: 'utf-8', bom: false }
    : { text: sjis, encoding: 'shift_jis', bom: false };
}
