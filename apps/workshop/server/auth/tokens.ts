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

/**
 * Signs and verifies the board's tokens (HS256 JWT via jose). The key lives under the data
 * directory so tokens survive a restart; whether the workshop is still open is checked by the
 * caller, because a signature cannot know that a workshop was closed.
 */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: Uint8Array) {
    this.key = secret;
  }

  /** Issues a token for one workshop and role. */
  sign(claims: TokenClaims, ttlSeconds = TOKEN_TTL_SECONDS): Promise<string> {
    return new SignJWT({ wid: claims.wid, role: claims.role, name: claims.name })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.pid)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(this.key);
  }

  /** Verifies signature, issuer, expiry and shape; returns undefined for any bad token. */
  async verify(token: string): Promise<TokenClaims | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const { wid, role, name, sub } = payload;
      if (typeof wid !== 'string' || typeof sub !== 'string' || typeof name !== 'string') return undefined;
      if (role !== 'facilitator' && role !== 'participant') return undefined;
      return { wid, role, pid: sub, name };
    } catch {
      return undefined;
    }
  }
}
