import cors from 'cors';
import type { RequestHandler } from 'express';

/** Headers a page may read from our answers: the export's validator and name, the request id, when to retry. */
const EXPOSED_HEADERS = ['ETag', 'Content-Disposition', 'X-Request-Id', 'Retry-After'];

/**
 * CORS for /graphql and /export/* from CORS_ORIGINS: none configured, no CORS headers at all (same origin only);
 * listed origins are answered with their own origin (and `Vary: Origin`), and may send a bearer token; `*` lets
 * any page read, without Authorization among the allowed headers, so a token never travels from an arbitrary site
 * (config.ts refuses `*` together with API_TOKENS). Credentials (cookies) are never allowed: the API has none.
 */
export function corsMiddleware(origins: readonly string[]): RequestHandler | undefined {
  if (origins.length === 0) return undefined;
  const anyOrigin = origins.includes('*');
  return cors({
    origin: anyOrigin ? '*' : [...origins],
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: anyOrigin ? ['Content-Type', 'X-Request-Id'] : ['Content-Type', 'Authorization', 'X-Request-Id'],
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
  });
}
