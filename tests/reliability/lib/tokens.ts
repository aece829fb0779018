import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';

/** Claims a crafted token carries; mirrors what the server signs (see docs/api.md). */
export interface CraftedClaims {
  wid: string;
  role: string;
  name?: string;
  pid?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
}

/**
 * Signs a token the way the server does (HS256, issuer chiiki-workshop, key = DATA_DIR/secret), so
 * the matrix can present tokens that are valid in every way but one: expired, another role, or a
 * key that is not the server's.
 */
export function craftToken(dataDir: string, claims: CraftedClaims, key?: string): Promise<string> {
  const secret = key ?? readFileSync(join(dataDir, 'secret'), 'utf8').trim();
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ wid: claims.wid, role: claims.role, name: claims.name ?? '偽者' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.pid ?? 'forged0001')
    .setIssuer('chiiki-workshop')
    .setIssuedAt(now - 13 * 3600)
    .setExpirationTime(now + (claims.expiresIn ?? 3600))
    .sign(new TextEncoder().encode(secret));
}

/** An unsigned token (`alg: none`), which a careless verifier would accept. */
export function unsignedToken(claims: CraftedClaims): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${part({ alg: 'none' })}.${part({ ...claims, sub: 'forged0001', iss: 'chiiki-workshop', exp })}.`;
}
