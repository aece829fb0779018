/** Length of a join code, as the server makes them. */
export const JOIN_CODE_LENGTH = 6;

/**
 * Cleans what was typed into a join code: full-width letters from a Japanese IME become ASCII
 * (NFKC), lower case becomes upper case, spaces and dashes go.
 */
export function normaliseJoinCode(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, JOIN_CODE_LENGTH);
}
