import type { IncomingMessage } from 'node:http';
import type { RateLimiter } from './auth/rateLimit';
import type { TokenService } from './auth/tokens';
import type { MetaStore } from './store/metaStore';
import type { Rooms } from './sync/rooms';

/** The rate limits the server applies; one object so tests can tighten them. */
export interface Limiters {
  /** Join attempts per IP: generous, 60 tablets behind one NAT must pass. */
  join: RateLimiter;
  /** Wrong join codes per IP: past it, wrong codes answer 429 (right ones still join). */
  joinFailures: RateLimiter;
  /** Join attempts per IP once its wrong-code budget is spent: a hall still fits, a guesser crawls. */
  joinSuspect: RateLimiter;
  /** Wrong join codes server-wide (one key): bounds a guesser spread over many addresses. */
  joinFailuresGlobal: RateLimiter;
  /** Commands per participant. */
  commands: RateLimiter;
  /** New notes per participant per minute. */
  notes: RateLimiter;
  /** WebSocket upgrades per IP, checked before the token is. */
  upgrades: RateLimiter;
  /** Sync messages per token subject, across its connections (a reconnect does not refill it). */
  syncMessages: RateLimiter;
  /**
   * Bytes received per token subject, across its connections, charged as they arrive: bounds the
   * memory and CPU one identity's frames can cost before any of them is inspected.
   */
  receivedBytes: RateLimiter;
}

/**
 * Everything a request handler needs, built once by startServer. Handlers receive it instead of
 * importing singletons, so several servers can run in one test process.
 */
export interface ServerContext {
  meta: MetaStore;
  rooms: Rooms;
  tokens: TokenService;
  adminToken: string;
  limiters: Limiters;
  /**
   * The base URL participants reach the board at, for join links: PUBLIC_URL when set, else the
   * address the staff tablet itself used (its Host header), which is one the room's tablets reach.
   */
  publicUrl: (req?: IncomingMessage) => string;
  log: (message: string, error?: unknown) => void;
  /** Whether X-Forwarded-For from a reverse proxy names the client (TRUST_PROXY=1). */
  trustProxy: boolean;
}
