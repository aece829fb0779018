/**
 * The largest file the app reads in one go. Decoding and parsing happen on the main thread, so a
 * bigger file would freeze the page; 50 MB is about 500,000 activity rows, years of a city's records.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Refuses a too-large file before reading a byte of it, with a message in both languages. */
export function checkFileSize(name: string, size: number): { ja: string; en: string } | null {
  if (size <= MAX_FILE_BYTES) return null;
  const mb = (size / 1024 / 1024).toFixed(0);
  return {
    ja: `${name} は ${mb} MB あり、上限 50 MB を超えています。年度や地区ごとに分けて読み込んでください。`,
    en: `${name} is ${mb} MB, over the 50 MB limit. Split it by fiscal year or district and load the parts.`,
  };
}
