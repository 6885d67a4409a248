import type { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { ErrorCode } from '../errors';
import { bearerToken, isAllowedToken } from '../graphql/auth';
import { currentRequestId } from './requestContext';

/** AUTH_FAILURES_PER_MINUTE's default. */
export const DEFAULT_AUTH_FAILURES_PER_MINUTE = 10;
/** Client addresses tracked at once; past it the least recently seen is forgotten (bounded memory). */
export const MAX_TRACKED_ADDRESSES = 10_000;

interface Bucket {
  tokens: number;
  updatedMs: number;
}

/**
 * A token bucket per client address, in a bounded LRU map: each failure takes one token, tokens refill at
 * `perMinute` a minute up to `perMinute`. The buckets are ours rather than a rate limiter's: express-rate-limit
 * counts every request, not failures only.
 */
export class FailureBuckets {
  private readonly buckets: LRUCache<string, Bucket>;
  private readonly refillPerMs: number;

  constructor(
    private readonly perMinute: number,
    maxAddresses = MAX_TRACKED_ADDRESSES,
    private readonly now: () => number = Date.now,
  ) {
    this.refillPerMs = perMinute / 60_000;
    this.buckets = new LRUCache({ max: maxAddresses });
  }

  /** Seconds until `address` may try again (at least 1), or 0 if it has a failure left to spend. */
  retryAfterSeconds(address: string): number {
    const tokens = this.current(address)?.tokens ?? this.perMinute;
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / this.refillPerMs / 1000));
  }

  /** Spends one failure of `address`. */
  recordFailure(address: string): void {
    const bucket = this.current(address) ?? { tokens: this.perMinute, updatedMs: this.now() };
    bucket.tokens = Math.max(0, bucket.tokens - 1);
    this.buckets.set(address, bucket);
  }

  get size(): number {
    return this.buckets.size;
  }

  /** The bucket refilled up to now; a full bucket is dropped (it is the same as none). */
  private current(address: string): Bucket | undefined {
    const bucket = this.buckets.get(address);
    if (!bucket) return undefined;
    const now = this.now();
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.updatedMs) * this.refillPerMs);
    bucket.updatedMs = now;
    if (bucket.tokens >= this.perMinute) {
      this.buckets.delete(address);
      return undefined;
    }
    return bucket;
  }
}

/**
 * Express middleware before /graphql: a request presenting a credential (an Authorization header) that is not one
 * of `apiTokens` spends one of its address's failures; an address with none left is answered 429 with
 * Retry-After, before its token is even compared, so guessing runs at `perMinute` at most. Requests without an
 * Authorization header (reads) and requests with a right token from an address not refused pass untouched.
 * Addresses are Express's `req.ip` with trust proxy off: the socket's peer, which a client cannot choose.
 * Logged at warn with the address, never the token.
 */
export function authFailureLimiter(options: { apiTokens: readonly string[]; perMinute: number; logger: Logger }) {
  const buckets = new FailureBuckets(options.perMinute);
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.header('authorization');
    if (header === undefined) return next();
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const requestId = currentRequestId();
    const retryAfter = buckets.retryAfterSeconds(address);
    if (retryAfter > 0) {
      options.logger.warn(
        { address, requestId, retryAfterSeconds: retryAfter },
        'authentication refused: too many failures',
      );
      res.setHeader('Retry-After', String(retryAfter));
      res.status(429).json({
        errors: [
          {
            message:
              `Too many wrong bearer tokens from this address (at most ${options.perMinute} a minute); ` +
              `retry in ${retryAfter} s with a token from API_TOKENS.`,
            extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds: retryAfter },
          },
        ],
      });
      return;
    }
    if (!isAllowedToken(bearerToken(header), options.apiTokens)) {
      buckets.recordFailure(address);
      options.logger.warn({ address, requestId }, 'authentication failed: the bearer token is not one of API_TOKENS');
    }
    next();
  };
}
