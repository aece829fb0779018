import { vectorFromArray } from 'apache-arrow';
import { afterEach, expect, it, vi } from 'vitest';
import { rowsToArrowIpc } from './arrowTable';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Fails any `new Function(…)`, as the insights page's CSP (no 'unsafe-eval') does. */
function forbidCompiledCode(): void {
  vi.spyOn(globalThis, 'Function').mockImplementation(() => {
    throw new EvalError('refused by CSP');
  });
}

it('lays out its columns without compiling code, which the page CSP refuses', () => {
  forbidCompiledCode();
  // The guard bites: Arrow's own builders compile their null test.
  expect(() => vectorFromArray(['a', null])).toThrow('refused by CSP');
  const row = { date: '2025-04-01', district_code: 'D01', kind: 'salon', organiser: 'city' };
  const ipc = rowsToArrowIpc('activities', [{ ...row, participants: 3, volunteers: 0, memo: null }], 0, 1);
  expect(ipc.byteLength).toBeGreaterThan(0);
});
