/** The bounds the server's addHeadCount schema enforces; checked here so a typo is never altered. */
export const HEAD_COUNT_MIN = 1;
export const HEAD_COUNT_MAX = 1000;

/**
 * The head count typed into the field, or undefined when it is not a whole number within the
 * bounds: the facilitator must see and fix a wrong count, never have "abc" or 0 recorded as 1.
 */
export function parseHeadCount(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n >= HEAD_COUNT_MIN && n <= HEAD_COUNT_MAX ? n : undefined;
}
