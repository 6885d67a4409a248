import type { Database } from '../../src/db/database';
import { CompiledOperations, MAX_COMPILED_OPERATIONS } from '../../src/server/compiledExecution';
import { seedConsortiumIds } from '../support/seedFacts';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * The compiled executor (src/server/compiledExecution.ts), as production runs it (compiled the second time an
 * operation is asked), against the same API on graphql-js alone: the same answers, the same errors with the same
 * codes and statuses, and mutations never compiled.
 */

let db: Database;
let operations: CompiledOperations;
let jit: TestServer;
let plain: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  operations = new CompiledOperations(MAX_COMPILED_OPERATIONS, 2);
  jit = await startTestServer(db, { compiledExecution: operations });
  plain = await startTestServer(db, { compiledExecution: false });
});
afterAll(async () => {
  await jit?.stop();
  await plain?.stop();
  await db?.close();
});

const NESTED = `query Nested($id: ID!, $min: Int!) {
  consortium(id: $id) { id name startDate members { role since organization { id name kind country consortiumCount } } }
  organizationsInMultipleConsortia(minConsortia: $min, first: 100) {
    organization { id name ... on Node { nodeId } } consortiumCount consortia { id name startDate }
  }
  organizations(first: 5, orderBy: { field: CONSORTIUM_COUNT, direction: DESC }) {
    totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('compiled execution (graphql-jit)', () => {
  it('answers a hot query compiled, exactly as graphql-js does', async () => {
    const variables = { id: seedConsortiumIds[0], min: 2 };
    const expected = await plain.gql(NESTED, variables);
    expect(expected.status).toBe(200);
    expect(expected.body.errors).toBeUndefined();
    const before = operations.answered;
    const first = await jit.gql(NESTED, variables);
    // Asked once: not compiled yet (graphql-js answered).
    expect(operations.answered).toBe(before);
    const second = await jit.gql(NESTED, variables);
    const third = await jit.gql(NESTED, variables);
    expect(operations.answered).toBe(before + 2);
    for (const answer of [first, second, third]) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(expected.body);
    }
  });

  it('refuses a page over the maximum before execution, as graphql-js does', async () => {
    const query = `{ organizationsInMultipleConsortia(minConsortia: 2, first: 100000) { consortiumCount } }`;
    const expected = await plain.gql(query);
    expect(expected.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const before = operations.answered;
    for (let ask = 0; ask < 3; ask++) {
      const answer = await jit.gql(query);
      expect(answer.status).toBe(expected.status);
      expect(answer.body).toEqual(expected.body);
    }
    // Refused by the limits before execution: neither executor ran.
    expect(operations.answered).toBe(before);
  });

  it('answers bad variables as graphql-js does', async () => {
    const query = `query One($id: ID!) { organization(id: $id) { id } }`;
    const expected = await plain.gql(query, { id: 12.5 });
    expect(expected.body.errors).toBeDefined();
    for (let ask = 0; ask < 3; ask++) {
      const answer = await jit.gql(query, { id: 12.5 });
      expect(answer.status).toBe(expected.status);
      expect(answer.body).toEqual(expected.body);
    }
  });

  it('leaves an operation name that selects nothing to graphql-js (400, as without it)', async () => {
    const body = JSON.stringify({ query: 'query Search { __typename }', operationName: 'Elsewhere' });
    const post = (server: TestServer) =>
      fetch(`${server.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const expected = await post(plain);
    expect(expected.status).toBe(400);
    const expectedBody = await expected.json();
    for (let ask = 0; ask < 3; ask++) {
      const answer = await post(jit);
      expect(answer.status).toBe(400);
      expect(await answer.json()).toEqual(expectedBody);
    }
  });

  it('never compiles a mutation', async () => {
    const mutation = `mutation { removeMembership(organizationId: "nobody", consortiumId: "nothing") { ok } }`;
    const cached = operations.cached;
    const expected = await plain.gql(mutation);
    for (let ask = 0; ask < 3; ask++) expect((await jit.gql(mutation)).body).toEqual(expected.body);
    expect(operations.cached).toBe(cached);
  });
});
