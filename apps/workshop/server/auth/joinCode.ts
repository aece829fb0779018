import { randomInt } from 'node:crypto';

/**
 * Letters and digits that cannot be mistaken for one another when read off a projector or
 * typed by an elderly participant: no 0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, U/V.
 */
export const JOIN_ALPHABET = 'ACEFGHJKMNPRTWXY34679';
/** Join codes are six characters: easy to type, about 86 million combinations. */
export const JOIN_CODE_LENGTH = 6;

/** Makes a random join code from the unambiguous alphabet. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)];
  return code;
}

/** Normalises a typed code: upper case, spaces and hyphens removed, full-width folded to ASCII. */
export function normaliseJoinCode(input: string): string {
  return input.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
}

/** Whether a (normalised) string could be a join code at all. */
export function isJoinCodeShape(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_ALPHABET.includes(c));
}
