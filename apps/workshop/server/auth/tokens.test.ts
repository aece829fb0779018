import * as jose from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenService } from './tokens';

vi.mock('jose', async (importOriginal) => {
  const original = await importOriginal<typeof import('jose')>();
  return { ...original, jwtVerify: vi.fn(original.jwtVerify) };
});

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

  it('knows the tokens it signed without checking their signature, and checks those of a restarted server', async () => {
    const secret = new TextEncoder().encode('a-secret-of-at-least-32-bytes-long!!');
    const tokens = new TokenService(secret);
    const token = await tokens.sign(claims);
    vi.mocked(jose.jwtVerify).mockClear();
    expect(await tokens.verify(token)).toEqual(claims);
    expect(jose.jwtVerify).not.toHaveBeenCalled();
    const restarted = new TokenService(secret);
    expect(await restarted.verify(token)).toEqual(claims);
    expect(jose.jwtVerify).toHaveBeenCalledTimes(1);
  });
});
