import { jwtVerify, SignJWT } from 'jose';

/** The two roles a token can carry; admin is a separate static token, not a JWT. */
export type Role = 'facilitator' | 'participant';

/** What a token says: one workshop, one role, one (anonymous) participant id, a display name. */
export interface TokenClaims {
  wid: string;
  role: Role;
  pid: string;
  name: string;
}

/** How long a token lives: a long workshop day, not a week. */
export const TOKEN_TTL_SECONDS = 12 * 60 * 60;
const ISSUER = 'chiiki-workshop';
/** Verified tokens remembered: every tablet of a few busy workshops, bounded so memory is. */
const MAX_VERIFIED = 10_000;

/**
 * Signs and verifies the board's tokens (HS256 JWT via jose). The key lives under the data
 * directory so tokens survive a restart; whether the workshop is still open is checked by the
 * caller, because a signature cannot know that a workshop was closed.
 */
export class TokenService {
  private readonly key: Uint8Array;
  /** Token → its claims and expiry (seconds), for tokens whose signature already checked out. */
  private readonly verified = new Map<string, { claims: TokenClaims; exp: number }>();

  constructor(secret: Uint8Array) {
    this.key = secret;
  }

  /**
   * Issues a token for one workshop and role, and remembers it as verified: a tablet connects with
   * its token right after joining, and that first upgrade need not wait for a threadpool trip to
   * check a signature this process has just made.
   */
  async sign(claims: TokenClaims, ttlSeconds = TOKEN_TTL_SECONDS): Promise<string> {
    const exp = Math.floor(Date.now() / 1000) + ttlSeconds;
    const token = await new SignJWT({ wid: claims.wid, role: claims.role, name: claims.name })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.pid)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(this.key);
    const { wid, role, pid, name } = claims;
    this.remember(token, Object.freeze({ wid, role, pid, name }), exp);
    return token;
  }

  /**
   * Verifies signature, issuer, expiry and shape; returns undefined for any bad token. A token
   * verified before is answered from memory until it expires: WebCrypto's HMAC runs on the
   * threadpool, and a command or upgrade should not wait for a trip there to re-check the same bytes.
   */
  async verify(token: string): Promise<TokenClaims | undefined> {
    const known = this.verified.get(token);
    if (known) {
      if (known.exp > Date.now() / 1000) return known.claims;
      this.verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const { wid, role, name, sub, exp } = payload;
      if (typeof wid !== 'string' || typeof sub !== 'string' || typeof name !== 'string') return undefined;
      if (role !== 'facilitator' && role !== 'participant') return undefined;
      const claims: TokenClaims = Object.freeze({ wid, role, pid: sub, name });
      if (typeof exp === 'number') this.remember(token, claims, exp);
      return claims;
    } catch {
      return undefined;
    }
  }

  private remember(token: string, claims: TokenClaims, exp: number): void {
    if (this.verified.size >= MAX_VERIFIED) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { claims, exp });
  }
}
