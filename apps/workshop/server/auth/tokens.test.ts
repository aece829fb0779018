import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenService } from './tokens';

const claims = { wid: 'w-1', role: 'participant' as const, pid: 'p-1', name: 'さくら' };

describe('token verification', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers a token verified before from memory, but never past its expiry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const tokens = new TokenService(new TextEncoder().encode('a-secret-of-at-least-32-bytes-long!!'));
    const token = await tokens.sign(claims, 60);
    expect(await tokens.verify(token)).toEqual(claims);
    expect(await tokens.verify(token)).toEqual(claims);
    vi.setSystemTime(Date.now() + 61_000);
    expect(await tokens.verify(token)).toBeUndefined();
  });

  it('refuses a tampered token even after the genuine one was remembered', async () => {
    const tokens = new TokenService(new TextEncoder().encode('a-secret-of-at-least-32-bytes-long!!'));
    const token = await tokens.sign(claims);
    expect(await tokens.verify(token)).toEqual(claims);
    const [head, body, sig] = token.split('.');
    const forged = JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8'));
    forged.role = 'facilitator';
    const tampered = `${head}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${sig}`;
    expect(await tokens.verify(tampered)).toBeUndefined();
    const other = new TokenService(new TextEncoder().encode('another-secret-of-at-least-32-bytes'));
    expect(await other.verify(token)).toBeUndefined();
  });
});
