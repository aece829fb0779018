import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { requestBase } from './requestBase';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('requestBase', () => {
  it('uses the Host header the staff tablet reached the server by', () => {
    expect(requestBase(req({ host: '192.168.10.5:8080' }), false)).toBe('http://192.168.10.5:8080');
    expect(requestBase(req({ host: '[fe80::1]:8080' }), false)).toBe('http://[fe80::1]:8080');
  });

  it('refuses a Host header that is not a host name', () => {
    expect(requestBase(req({ host: 'evil.example/<script>' }), false)).toBeUndefined();
    expect(requestBase(req({}), false)).toBeUndefined();
    expect(requestBase(undefined, false)).toBeUndefined();
  });

  it('believes X-Forwarded-Proto only behind a trusted proxy', () => {
    const behindTls = req({ host: 'fukushi.example.jp', 'x-forwarded-proto': 'https' });
    expect(requestBase(behindTls, true)).toBe('https://fukushi.example.jp');
    expect(requestBase(behindTls, false)).toBe('http://fukushi.example.jp');
  });
});
