/** CORS over real HTTP: no headers by default, the configured origins only, and `*` without Authorization. */
import type { ConfigError } from '../../src/config';
import { loadConfig } from '../../src/config';
import { useTestServer, type TestServer } from '../support/testServer';

const ALLOWED = 'http://localhost:5173';
const OTHER = 'http://127.0.0.1:5174';

let listed: TestServer;
let sameOriginOnly: TestServer;
let anyOrigin: TestServer;
useTestServer((started) => ({ server: listed } = started), { corsOrigins: [ALLOWED] });
useTestServer((started) => ({ server: sameOriginOnly } = started));
useTestServer((started) => ({ server: anyOrigin } = started), { corsOrigins: ['*'] });

const preflight = (server: TestServer, path: string, origin: string, headers = 'content-type') =>
  fetch(`${server.baseUrl}${path}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });

const query = (server: TestServer, origin: string) =>
  fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ programs { id } }' }),
  });

describe('CORS', () => {
  it('answers a listed origin its own origin, for /graphql and /export, with Authorization allowed', async () => {
    const answer = await preflight(listed, '/graphql', ALLOWED, 'content-type,authorization');
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(answer.headers.get('access-control-allow-headers')).toBe('Content-Type,Authorization,X-Request-Id');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    expect(answer.headers.get('vary')).toMatch(/Origin/);
    const response = await query(listed, ALLOWED);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-expose-headers')).toBe(
      'ETag,Content-Disposition,X-Request-Id,Retry-After',
    );
    const download = await fetch(`${listed.baseUrl}/export/network.csv`, { headers: { origin: ALLOWED } });
    expect(download.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    await download.text();
  });

  it('gives an origin not listed no CORS headers, so its browser keeps the answer from the page', async () => {
    const answer = await preflight(listed, '/graphql', OTHER);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect((await query(listed, OTHER)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends no CORS headers at all by default (same origin only)', async () => {
    const answer = await preflight(sameOriginOnly, '/graphql', ALLOWED);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect((await query(sameOriginOnly, ALLOWED)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets every origin read with *, never allowing Authorization or credentials', async () => {
    const answer = await preflight(anyOrigin, '/graphql', OTHER, 'content-type,authorization');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-headers')).toBe('Content-Type,X-Request-Id');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await query(anyOrigin, OTHER)).headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('CORS_ORIGINS', () => {
  const problemsOf = (env: NodeJS.ProcessEnv) => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      return (error as ConfigError).problems;
    }
  };

  it('takes a comma-separated list of origins, and none by default', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: `${ALLOWED}, ${OTHER}` }).CORS_ORIGINS).toEqual([ALLOWED, OTHER]);
    expect(loadConfig({ CORS_ORIGINS: '*' }).CORS_ORIGINS).toEqual(['*']);
  });

  it('refuses what is not an origin, one line each', () => {
    expect(problemsOf({ CORS_ORIGINS: `${ALLOWED}/viz` })).toEqual([
      'CORS_ORIGINS="http://localhost:5173/viz": each must be an origin such as http://localhost:5173 (no path), or * alone',
    ]);
  });

  it('refuses * with API_TOKENS (a writable deployment) in one clear line', () => {
    expect(problemsOf({ CORS_ORIGINS: '*', API_TOKENS: 'a-token-of-sixteen-chars' })).toEqual([
      'CORS_ORIGINS="*": * is for public read-only deployments and API_TOKENS makes this one writable; ' +
        'list the origins that may call it instead (or unset API_TOKENS)',
    ]);
    expect(problemsOf({ CORS_ORIGINS: `*,${ALLOWED}` })).toEqual([
      `CORS_ORIGINS="*,${ALLOWED}": * stands alone: it already lets every origin in`,
    ]);
  });
});
