import { afterEach, describe, expect, it } from 'vitest';
import { decodeCsv } from './csv/decode';
import { parseCsv } from './csv/parseCsv';
import { type LoadStep, setProgressSink } from './progress';

afterEach(() => setProgressSink(null));

describe('load progress', () => {
  it('reports bytes decoded and characters parsed, rising to the total', () => {
    const steps: LoadStep[] = [];
    setProgressSink((s) => steps.push(s));
    const line = '2025/4/12,中央,出前講座,市,１２,3,髙橋①㈱～\r\n';
    const text = `日付,地区,種別,主催,参加者数,ボランティア数,備考\r\n${line.repeat(60_000)}`;
    const bytes = new TextEncoder().encode(text);
    const decoded = decodeCsv(bytes);
    expect(decoded.text).toBe(text); // slices joined without breaking a character
    const table = parseCsv(decoded.text);
    expect(table.rows).toHaveLength(60_000);
    for (const phase of ['decode', 'parse'] as const) {
      const mine = steps.filter((s) => s.phase === phase);
      expect(mine.length, phase).toBeGreaterThan(2);
      expect(mine.every((s, i) => i === 0 || s.done >= (mine[i - 1]?.done ?? 0))).toBe(true);
      expect(mine.every((s) => s.total === (phase === 'decode' ? bytes.length : text.length))).toBe(true);
    }
    expect(steps.filter((s) => s.phase === 'decode').at(-1)?.done).toBe(bytes.length);
  });

  it('reports nothing without a sink, and small files decode in one go', () => {
    expect(decodeCsv(new TextEncoder().encode('a,b\r\n1,2\r\n')).text).toBe('a,b\r\n1,2\r\n');
  });
});
