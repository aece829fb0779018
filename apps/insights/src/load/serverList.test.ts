import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchServerExport, listServerWorkshops, serverProblem } from './serverList';

afterEach(() => {
  vi.unstubAllGlobals();
});

const answer = (status: number, body = '') => vi.fn(async () => new Response(body, { status }));

describe('server requests', () => {
  it('a refused token, a missing workshop and a dead network each say what happened, in both languages', async () => {
    vi.stubGlobal('fetch', answer(403));
    const refused = serverProblem(await listServerWorkshops('x').catch((e: unknown) => e));
    expect(refused.ja).toContain('トークンが違う');
    expect(refused.en).toContain('the token is wrong');
    vi.stubGlobal('fetch', answer(404));
    expect(serverProblem(await fetchServerExport('t', 'w1').catch((e: unknown) => e)).en).toBe(
      'workshop not found.',
    );
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(serverProblem(await fetchServerExport('t', 'w1').catch((e: unknown) => e)).ja).toContain(
      'サーバーに接続できません',
    );
    vi.stubGlobal('fetch', answer(500));
    expect(serverProblem(await fetchServerExport('t', 'w1').catch((e: unknown) => e)).en).toContain(
      'HTTP 500',
    );
  });

  it('names a fetched export as the server names its attachment, or by id when it gives no safe name', async () => {
    const headers = { 'content-disposition': 'attachment; filename="workshop-2025-06-20-D05-w1.json"' };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"a":1}', { headers })),
    );
    expect(await fetchServerExport('t', 'w1')).toEqual({
      name: 'workshop-2025-06-20-D05-w1.json',
      text: '{"a":1}',
    });
    const sneaky = { 'content-disposition': 'attachment; filename="../../etc/passwd"' };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { headers: sneaky })),
    );
    expect((await fetchServerExport('t', 'w1')).name).toBe('w1.json');
  });

  it('lists a page of the server’s entries by their workshop, sending the token, and asks for the next', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ workshops: [{ workshop: { id: 'w1', theme: 'T' } }, {}], next: 'w1' })),
    );
    vi.stubGlobal('fetch', fetch);
    expect(await listServerWorkshops('tok')).toEqual({ workshops: [{ id: 'w1', theme: 'T' }], next: 'w1' });
    expect(fetch).toHaveBeenCalledWith('/api/workshops', { headers: { authorization: 'Bearer tok' } });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ workshops: [], next: null }))),
    );
    expect(await listServerWorkshops('tok', 'w 1')).toEqual({ workshops: [], next: null });
    expect(vi.mocked(globalThis.fetch)).toHaveBeenCalledWith('/api/workshops?after=w%201', {
      headers: { authorization: 'Bearer tok' },
    });
  });
});
