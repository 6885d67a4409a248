import { Writable } from 'node:stream';
import pino from 'pino';
import type { Database } from '../../src/db/database';
import { isAllowedToken } from '../../src/graphql/auth';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import { graphSize, openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

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
