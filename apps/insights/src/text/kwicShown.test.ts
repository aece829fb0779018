import { expect, it } from 'vitest';
import { kwicShown } from './kwicShown';

it('KWIC lines keep their role and district only with suppression off, and need k hits', () => {
  expect(kwicShown(3, false, 0)).toBe('lines-with-source');
  expect(kwicShown(3, false, 5)).toBe('none');
  expect(kwicShown(12, true, 5)).toBe('none');
  expect(kwicShown(12, false, 5)).toBe('lines');
  expect(kwicShown(0, false, 5)).toBe('lines');
});
