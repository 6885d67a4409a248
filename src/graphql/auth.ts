import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import type { GraphQLContext } from './context';

/** The token of an "Authorization: Bearer <token>" header; null when there is none or it has another form. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

const digest = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/**
 * True when `token` is one of `allowed`. Both sides are hashed to SHA-256 first, so the
 * comparison is constant-time and of equal length: neither a token's bytes nor its length leak
 * through timing. Every allowed token is compared (no early exit).
 */
export function isAllowedToken(token: string | null, allowed: readonly string[]): boolean {
  if (token === null) return false;
  const presented = digest(token);
  let match = false;
  for (const candidate of allowed) {
    if (timingSafeEqual(presented, digest(candidate))) match = true;
  }
  return match;
}

/** Throws UNAUTHENTICATED unless the request carries an allowed bearer token. Never logs the token. */
export function requireWriter(context: Pick<GraphQLContext, 'token' | 'apiTokens'>): void {
  if (isAllowedToken(context.token, context.apiTokens)) return;
  const message =
    context.token === null
      ? 'Mutations need an "Authorization: Bearer <token>" header with a token from API_TOKENS.'
      : 'The bearer token is not one of API_TOKENS.';
  throw new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}
