import { Writable } from 'node:stream';
import { getIntrospectionQuery } from 'graphql';
import pino from 'pino';
import type { Database } from '../../src/db/database';
import { ErrorCode } from '../../src/errors';
import { EXAMPLE_OPERATIONS } from '../../src/server/exampleOperations';
import { DEFAULT_QUERY_LIMITS } from '../../src/server/limits/queryLimits';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, useTestServer, type GraphQLResponse, type TestServer } from '../support/testServer';

let db: Database;
let server: TestServer;
useTestServer((started) => ({ db, server } = started));

/** Expects HTTP 400 and one error with `code` whose message names `limit` and `found`. */
function expectRejected(response: GraphQLResponse, code: ErrorCode, limitName: string, found?: number): void {
  expect(response.status).toBe(400);
  expect(response.body.data).toBeUndefined();
  const errors = response.body.errors ?? [];
  const error = errors.find((e) => (e.extensions?.limit as { name?: string } | undefined)?.name === limitName);
  expect(error).toBeDefined();
  expect(error!.extensions!.code).toBe(code);
  if (found !== undefined) expect(error!.message).toContain(String(found));
}

const nested = (depth: number): string => {
  // organization > parent > parent ... > id: depth fields in all.
  let inner = 'id';
  for (let level = 1; level < depth - 1; level += 1) inner = `parent { ${inner} }`;
  return `{ organization(id: "kaist") { ${inner} } }`;
};

/** Fragments F0..F(n-1), each spreading the next under two fields: 2^n paths through n+1 fragments. */
const fragmentDiamond = (n: number): string =>
  `query { organization(id: "kaist") { ...F0 } } ` +
  Array.from(
    { length: n },
    (_, i) => `fragment F${i} on Organization { parent { ...F${i + 1} } affiliates { ...F${i + 1} } }`,
  ).join(' ') +
  ` fragment F${n} on Organization { id }`;

describe('query limits', () => {
  it('accepts a query at the depth limit and rejects one past it', async () => {
    const atLimit = await server.gql(nested(8));
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.errors).toBeUndefined();
    const tooDeep = await server.gql(nested(9));
    expectRejected(tooDeep, ErrorCode.QUERY_TOO_COMPLEX, 'depth', 9);
    expect(tooDeep.body.errors![0]!.message).toMatch(/maximum depth is 8/);
  });

  it('counts depth through fragments and guards against fragment cycles', async () => {
    const viaFragments = await server.gql(
      `query { organization(id: "kaist") { ...A } }
       fragment A on Organization { parent { ...B } }
       fragment B on Organization { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } }`,
    );
    expectRejected(viaFragments, ErrorCode.QUERY_TOO_COMPLEX, 'depth', 10);
    const cycle = await server.gql(
      `{ organization(id: "kaist") { ...A } } fragment A on Organization { parent { ...B } } fragment B on Organization { parent { ...A } }`,
    );
    expect(cycle.status).toBe(200);
    expect(cycle.body.errors![0]!.message).toMatch(/Cannot spread fragment/);
  });

  it('lets GraphiQL introspect the schema (introspection subtrees are exempt from depth and cost)', async () => {
    const response = await server.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });

  it('lets every example operation of the playground through', async () => {
    for (const operation of EXAMPLE_OPERATIONS) {
      const response = await server.gql(
        operation.query,
        operation.variables ? (JSON.parse(operation.variables) as Record<string, unknown>) : undefined,
      );
      expect({ query: operation.query, status: response.status }).toEqual({ query: operation.query, status: 200 });
    }
  });

  it('rejects more than 15 aliases', async () => {
    const aliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: organization(id: "kaist") { id }`).join(' ')} }`;
    expect((await server.gql(aliases(15))).status).toBe(200);
    expectRejected(await server.gql(aliases(16)), ErrorCode.QUERY_TOO_COMPLEX, 'aliases', 16);
  });

  it('rejects more than 10 directives', async () => {
    const directives = (count: number) =>
      `{ organization(id: "kaist") { ${Array.from({ length: count }, () => 'id @include(if: true)').join(' ')} } }`;
    expect((await server.gql(directives(10))).status).toBe(200);
    expectRejected(await server.gql(directives(11)), ErrorCode.QUERY_TOO_COMPLEX, 'directives', 11);
  });

  it('rejects documents over 2,000 tokens at the parser', async () => {
    const manyTokens = `{ organization(id: "kaist") { ${'id '.repeat(2100)} } }`;
    const response = await server.gql(manyTokens);
    expectRejected(response, ErrorCode.QUERY_TOO_COMPLEX, 'tokens');
    expect(response.body.errors![0]!.message).toMatch(/more than 2000 tokens/);
  });

  // The seed graph is small: every fan-out it can answer is far below the default MAX_COST (the attack suite
  // checks the default on a generated graph), so these two use a server with a lower one.
  it('estimates cost with page sizes multiplying their sub-selections', async () => {
    const limited = await startTestServer(db, { limits: { ...DEFAULT_QUERY_LIMITS, maxCost: 2_000 } });
    try {
      const cheap = await limited.gql('{ organizations(first: 50) { edges { node { id consortia { id name } } } } }');
      expect(cheap.status).toBe(200);
      expect(cheap.body.errors).toBeUndefined();
      const costly = await limited.gql(
        '{ organizations(first: 1000) { edges { node { consortia { members { organization { id name } } } } } } }',
      );
      expectRejected(costly, ErrorCode.QUERY_TOO_COMPLEX, 'cost');
      expect(costly.body.errors![0]!.message).toMatch(/estimated cost of \d+; the maximum is 2000\./);
    } finally {
      await limited.stop();
    }
  });

  it('counts a page size given by a variable without a default as the largest page', async () => {
    const limited = await startTestServer(db, { limits: { ...DEFAULT_QUERY_LIMITS, maxCost: 2_000 } });
    try {
      const query =
        'query ($n: Int) { organizations(first: $n) { edges { node { consortia { members { organization { id } } } } } } }';
      expectRejected(await limited.gql(query, { n: 1 }), ErrorCode.QUERY_TOO_COMPLEX, 'cost');
      const withDefault = query.replace('$n: Int', '$n: Int = 1');
      expect((await limited.gql(withDefault)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  it('rejects a literal page size over 1,000 as the resolvers do (BAD_USER_INPUT)', async () => {
    const literal = await server.gql('{ organizations(first: 5000) { edges { node { id } } } }');
    expectRejected(literal, ErrorCode.BAD_USER_INPUT, 'first', 5000);
    expect(literal.body.errors![0]!.message).toBe('first must be between 1 and 1000, got 5000');
    const variable = await server.gql('query ($n: Int) { organizations(first: $n) { edges { node { id } } } }', {
      n: 5000,
    });
    expect(variable.body.errors![0]!.extensions!.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(variable.body.errors![0]!.message).toBe('first must be between 1 and 1000, got 5000');
  });

  it('answers an operation type the API does not serve (subscription) with a validation error (200 to an application/json client)', async () => {
    const response = await server.gql('subscription { organization(id: "kaist") { id } }');
    expect(response.status).toBe(200);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0]!.extensions!.code).toBe(ErrorCode.GRAPHQL_VALIDATION_FAILED);
    expect(response.body.errors![0]!.message).toBe(
      'This API does not serve subscription operations; send a query or a mutation.',
    );
  });

  it('validates a fragment diamond (each fragment spreading the next twice) at once and refuses it', async () => {
    const started = performance.now();
    const response = await server.gql(fragmentDiamond(40));
    expect(performance.now() - started).toBeLessThan(5000); // the walk once per path took days at n=40
    expectRejected(response, ErrorCode.QUERY_TOO_COMPLEX, 'depth', 42);
    expectRejected(response, ErrorCode.QUERY_TOO_COMPLEX, 'cost');
  });

  it("answers graphql-js's own budget running out (same-named fields compared pairwise) with QUERY_TOO_COMPLEX", async () => {
    const response = await server.gql(`{ organization(id: "kaist") { ${'parent { id } '.repeat(490)} } }`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0]!.extensions!.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(response.body.errors![0]!.message).toMatch(/too many fields with the same name/);
  });

  it('answers a body over 1 MB with 413 and a JSON error', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ programs { id } }', variables: { pad: 'x'.repeat(1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as GraphQLResponse['body'];
    expect(body.errors![0]!.extensions!.code).toBe(ErrorCode.PAYLOAD_TOO_LARGE);
    expect(body.errors![0]!.message).toMatch(/maximum is 1048576 bytes/);
  });

  it('answers malformed JSON with 400 and a JSON error, without a stack', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ programs { id } }"',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe(ErrorCode.BAD_REQUEST);
    expect(text).not.toMatch(/at .*\.js:\d+/);
  });

  it('honours limits passed in the server options (MAX_DEPTH etc. through src/config.ts)', async () => {
    const strict = await startTestServer(db, {
      limits: { maxDepth: 2, maxAliases: 1, maxTokens: 50, maxCost: 5, maxDirectives: 0, maxBodyBytes: 100 },
    });
    try {
      expectRejected(
        await strict.gql('{ organization(id: "kaist") { parent { id } } }'),
        ErrorCode.QUERY_TOO_COMPLEX,
        'depth',
        3,
      );
      expectRejected(
        await strict.gql('{ programs { id @skip(if: false) } }'),
        ErrorCode.QUERY_TOO_COMPLEX,
        'directives',
        1,
      );
    } finally {
      await strict.stop();
    }
  });
});

/** A pino logger writing JSON lines into `lines`. */
function capturingLogger(lines: string[]) {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return pino({ level: 'info' }, stream);
}

describe('production mode', () => {
  let production: TestServer;
  let missingDatabase: Database;
  const logLines: string[] = [];

  beforeAll(async () => {
    // A real Neo4j asked for a database it does not have: a genuine unexpected error, no mocks.
    missingDatabase = openTestDatabase({ NEO4J_DATABASE: 'nosuchdatabase' });
    production = await startTestServer(missingDatabase, {
      production: true,
      introspection: false,
      logger: capturingLogger(logLines),
    });
  });

  afterAll(async () => {
    await production.stop();
    await missingDatabase.close();
  });

  it('gives no "Did you mean" suggestions', async () => {
    const response = await production.gql('{ organizaton(id: "kaist") { id } }');
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).not.toMatch(/Did you mean/);
    const development = await server.gql('{ organizaton(id: "kaist") { id } }');
    expect(JSON.stringify(development.body)).toMatch(/Did you mean/);
  });

  it('refuses introspection when INTROSPECTION is off', async () => {
    const response = await production.gql('{ __schema { types { name } } }');
    expect(response.status).toBe(200);
    expect(response.body.errors![0]!.message).toMatch(/introspection/i);
  });

  it('masks internal errors with the request id and logs them in full', async () => {
    const response = await production.gql('{ organization(id: "kaist") { id } }', undefined, {
      'x-request-id': 'hardening-test-1',
    });
    const text = JSON.stringify(response.body);
    expect(response.body.errors![0]!.extensions!.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(response.body.errors![0]!.message).toBe('Internal server error (request id hardening-test-1).');
    expect(text).not.toMatch(/stack|nosuchdatabase|\.ts:\d+|\.js:\d+/i);
    const logged = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const entry = logged.find((line) => line.requestId === 'hardening-test-1' && line.msg === 'internal error');
    expect(entry).toBeDefined();
    expect(String((entry!.err as { stack?: string }).stack)).toMatch(/nosuchdatabase[\s\S]*\n\s+at /i);
  });

  it('hides the playground when PLAYGROUND is off', async () => {
    const hidden = await startTestServer(db, { production: true, playground: false });
    try {
      const response = await fetch(`${hidden.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
      expect(await response.text()).not.toMatch(/graphiql/i);
    } finally {
      await hidden.stop();
    }
  });
});
