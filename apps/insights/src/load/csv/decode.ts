/** Encodings a planner's CSV comes in: Excel on Windows still writes Shift_JIS (CP932) by default. */
export type CsvEncoding = 'utf-8' | 'shift_jis';

/** What detection found, so the UI can say "UTF-8 (BOM)" and offer an override. */
export interface Decoded {
  text: string;
  encoding: CsvEncoding;
  bom: boolean;
}

/**
 * Decodes CSV bytes in the browser before anything reaches DuckDB. A BOM means UTF-8; otherwise
 * strict UTF-8 is tried and Shift_JIS (the WHATWG decoder is CP932, so ①, ㈱, 髙 and ～ survive)
 * is the fallback. `override` lets the planner force one when detection guesses wrong.
 */
export function decodeCsv(bytes: Uint8Array, override?: CsvEncoding): Decoded {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (override === 'shift_jis')
    return { text: new TextDecoder('shift_jis').decode(body), encoding: 'shift_jis', bom };
  if (override === 'utf-8' || bom)
    return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', bom };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom: false };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(body), encoding: 'shift_jis', bom: false };
  }
}
