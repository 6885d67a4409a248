import { Writable } from 'node:stream';
import pino from 'pino';
import type { Database } from '../../src/db/database';
import { isAllowedToken } from '../../src/graphql/auth';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import { graphSize, openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';
import { mostComparedIn } from '../support/authBudget';

const TOKEN = 'writer-token-never-to-be-logged-0123';
const WRONG = 'wrong-token-never-to-be-logged-4567';

describe('token comparison', () => {
  it('accepts exactly the configured tokens, whatever the lengths compared', () => {
    // Comparing digests keeps timingSafeEqual's inputs the same length; raw tokens of other
    // lengths would make it throw.
    expect(isAllowedToken(TOKEN, ['another-token-of-other-length', TOKEN])).toBe(true);
    expect(isAllowedToken(TOKEN.slice(0, -1), [TOKEN])).toBe(false);
    expect(isAllowedToken(`${TOKEN}x`, [TOKEN])).toBe(false);
    expect(isAllowedToken('', [TOKEN])).toBe(false);
    expect(isAllowedToken(null, [TOKEN])).toBe(false);
    expect(isAllowedToken(TOKEN, [])).toBe(false);
  });
});

describe('tokens in logs', () => {
  let db: Database;
  let server: TestServer;
  /** A database nobody answers at: its errors are logged, with the request that met them. */
  let deadDb: Database;
  let deadServer: TestServer;
  let logged = '';

  beforeAll(async () => {
    db = openTestDatabase();
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged += chunk.toString();
        done();
      },
    });
    const logger = pino({ level: 'trace' }, sink);
    server = await startTestServer(db, { logger, apiTokens: [TOKEN] });
    deadDb = connectDatabase({ ...loadConfig({}), NEO4J_CONNECT_TIMEOUT_MS: 500 }, 'bolt://127.0.0.1:1');
    deadServer = await startTestServer(deadDb, { logger, apiTokens: [TOKEN] });
  });
  afterAll(async () => {
    await Promise.all([server.stop(), deadServer.stop()]);
    await Promise.all([db.close(), deadDb.close()]);
  });

  it('never writes a token, right or wrong, whatever the request', async () => {
    const before = await graphSize(db);
    const mutation =
      'mutation { removeMembership(organizationId: "kaist", consortiumId: "nope") { ok error { code } } }';
    const refused = await server.gql(mutation, {}, { authorization: `Bearer ${WRONG}` });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const accepted = await server.gql(mutation, {}, { authorization: `Bearer ${TOKEN}` });
    expect(accepted.body.errors).toBeUndefined();
    for (const token of [TOKEN, WRONG]) {
      await fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: '{ this is not json',
      });
      await server.gql('{ organizations(first: -1) { totalCount } }', {}, { authorization: `Bearer ${token}` });
    }
    const unavailable = await deadServer.gql(mutation, {}, { authorization: `Bearer ${TOKEN}` });
    expect(unavailable.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(await graphSize(db)).toEqual(before);
    expect(logged).toContain('database unavailable');
    expect(logged).not.toContain(TOKEN);
    expect(logged).not.toContain(WRONG);
  });
});

describe('failed authentication, limited per client address', () => {
  const MUTATION = 'mutation { removeMembership(organizationId: "kaist", consortiumId: "nope") { ok } }';
  let db: Database;
  const servers: TestServer[] = [];
  let logged = '';

  beforeAll(() => {
    db = openTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await db.close();
  });

  /** A server of its own (so its limiter starts empty), logging warn and above into `logged`. */
  async function serverWithLimit(perMinute: number): Promise<TestServer> {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged += chunk.toString();
        done();
      },
    });
    const server = await startTestServer(db, {
      logger: pino({ level: 'warn' }, sink),
      apiTokens: [TOKEN],
      authFailuresPerMinute: perMinute,
    });
    servers.push(server);
    return server;
  }

  const attempt = (server: TestServer, token: string) =>
    fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: MUTATION }),
    });

  it('answers 429 with Retry-After once an address spent its failures, logs each refusal, never the token', async () => {
    const server = await serverWithLimit(10);
    logged = '';
    for (let i = 0; i < 10; i++) {
      const response = await attempt(server, `${WRONG}-${i}`);
      expect(response.status).toBe(200);
      expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const refused = await attempt(server, `${WRONG}-10`);
    expect(refused.status).toBe(429);
    // 10 a minute: the next failure is allowed 6 s after the last.
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(5);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(6);
    const body = await refused.json();
    expect(body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(body.errors[0].message).toMatch(/Too many wrong bearer tokens/);
    // While refused, even the right token is not compared (a guess must not be told apart), but a read with no
    // Authorization header is served.
    expect((await attempt(server, TOKEN)).status).toBe(429);
    const read = await server.gql('{ organization(id: "kaist") { id } }');
    expect(read).toEqual({ status: 200, body: { data: { organization: { id: 'kaist' } } } });

    const lines = logged
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const refusals = lines.filter((line) => line.msg === 'authentication refused: too many failures');
    const failures = lines.filter((line) => String(line.msg).startsWith('authentication failed'));
    expect(refusals).toHaveLength(2);
    expect(failures).toHaveLength(10);
    expect(refusals.every((line) => line.level === 40 && line.address === '127.0.0.1')).toBe(true);
    expect(logged).not.toContain(WRONG);
    expect(logged).not.toContain(TOKEN);
  });

  it('refuses 1,990 of 2,000 wrong tokens sent 20 at a time', async () => {
    const server = await serverWithLimit(10);
    const statuses = new Map<number, number>();
    const started = performance.now();
    for (let wave = 0; wave < 100; wave++) {
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => attempt(server, `${WRONG}-${wave}-${i}`)),
      );
      for (const response of responses) {
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        await response.arrayBuffer();
      }
    }
    const elapsedMs = performance.now() - started;
    process.stderr.write(`2,000 wrong tokens: ${JSON.stringify([...statuses])} in ${elapsedMs.toFixed(0)} ms\n`);
    const letThrough = statuses.get(200) ?? 0;
    expect(letThrough).toBeGreaterThanOrEqual(10);
    expect(letThrough).toBeLessThanOrEqual(mostComparedIn(elapsedMs, 10));
    expect(Object.fromEntries(statuses)).toEqual({ 200: letThrough, 429: 2000 - letThrough });
  });

  it('never counts a right token, and lets an address try again once its budget refilled', async () => {
    // 10 a minute: one failure back every 6 s, far longer than the 10 failures take even on a loaded machine (at
    // 60 a minute, 60 failures taking over a second had one back before the right token was sent).
    const server = await serverWithLimit(10);
    for (let i = 0; i < 100; i++) expect((await attempt(server, TOKEN)).status).toBe(200);
    const firstFailure = performance.now();
    for (let i = 0; i < 10; i++) expect((await attempt(server, `${WRONG}-${i}`)).status).toBe(200);
    const refused = await attempt(server, TOKEN);
    expect(refused.status).toBe(429);
    // 6 s to the next failure back, less what has refilled since the first failure.
    const refilledSeconds = (performance.now() - firstFailure) / 1000;
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeLessThanOrEqual(6);
    expect(retryAfter).toBeGreaterThanOrEqual(Math.ceil(6 - refilledSeconds));
    await new Promise((resolve) => setTimeout(resolve, 6_100));
    const accepted = await attempt(server, TOKEN);
    expect(accepted.status).toBe(200);
    expect((await accepted.json()).errors).toBeUndefined();
  });
});
