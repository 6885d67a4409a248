import fs from 'node:fs';
import path from 'node:path';
import { auditServer } from 'graphql-http';
import { useTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
useTestServer((started) => ({ server } = started));

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** POSTs a body to /graphql with this Accept header; answers the status, content type and first error. */
async function post(body: unknown, accept?: string) {
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    code: answer.errors?.[0]?.extensions?.code,
  };
}

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it('passes all of them: every MUST, SHOULD and MAY (the score is printed and kept in test-artifacts/http-audit.json)', async () => {
    const results = await auditServer({ url: `${server.baseUrl}/graphql` });
    const ok = results.filter((result) => result.status === 'ok').length;
    const report = await Promise.all(
      results.map(async (result) => ({
        name: result.name,
        status: result.status,
        ...(result.status === 'ok' ? {} : { reason: result.reason, response: await describeResponse(result.response) }),
      })),
    );
    const artifacts = path.resolve(__dirname, '../../test-artifacts');
    fs.mkdirSync(artifacts, { recursive: true });
    fs.writeFileSync(
      path.join(artifacts, 'http-audit.json'),
      JSON.stringify({ ok, of: results.length, report }, null, 2),
    );
    console.log(`graphql-http serverAudits: ${ok}/${results.length} ok`);
    expect(report.filter((result) => result.status !== 'ok')).toEqual([]);
    // graphql-http 1.23.1 has 61 audits; fewer would mean some were not run.
    expect(results).toHaveLength(61);
  });
});

async function describeResponse(response: Response): Promise<string> {
  const text = await response
    .clone()
    .text()
    .catch(() => '');
  return `${response.status} ${response.headers.get('content-type') ?? ''} ${text.slice(0, 200)}`;
}

describe('status codes by the type the client takes', () => {
  const requestErrors: Array<[string, unknown, string]> = [
    ['a document that does not parse', { query: '{ programs { id ' }, 'GRAPHQL_PARSE_FAILED'],
    ['a document that does not validate', { query: '{ programs { nope } }' }, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'variables that do not fit',
      { query: 'query ($id: ID!) { organization(id: $id) { id } }', variables: { id: null } },
      'BAD_USER_INPUT',
    ],
  ];

  it.each(requestErrors)('answers %s with 200 to application/json (and no Accept)', async (_name, body, code) => {
    for (const accept of ['application/json', undefined]) {
      expect(await post(body, accept)).toEqual({ status: 200, type: 'application/json; charset=utf-8', code });
    }
  });

  it.each(requestErrors)('answers %s with 400 to application/graphql-response+json', async (_name, body, code) => {
    expect(await post(body, `${GRAPHQL_RESPONSE_JSON}, application/json;q=0.9`)).toEqual({
      status: 400,
      type: `${GRAPHQL_RESPONSE_JSON}; charset=utf-8`,
      code,
    });
  });

  it.each([
    ['depth', `{ organization(id: "kaist") { ${'parent { '.repeat(8)}id${' }'.repeat(8)} } }`],
    ['tokens', `{ ${'__typename '.repeat(2001)}}`],
    ['page size', '{ organizations(first: 100000) { totalCount } }'],
  ])('keeps 400 for a query over the %s limit, whichever type the client takes', async (_limit, query) => {
    for (const accept of ['application/json', GRAPHQL_RESPONSE_JSON]) {
      const answer = await post({ query }, accept);
      expect(answer.status).toBe(400);
      expect(['QUERY_TOO_COMPLEX', 'BAD_USER_INPUT']).toContain(answer.code);
    }
  });
});

describe('cross-site requests', () => {
  it('runs a GET query with no special header (GraphQL over HTTP), and answers it as JSON', async () => {
    const response = await fetch(`${server.baseUrl}/graphql?query=${encodeURIComponent('{ programs { id } }')}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { programs: unknown[] } }).data.programs.length).toBeGreaterThan(0);
  });

  it('refuses a mutation over GET with 405, so a link or an image can never write', async () => {
    const mutation = 'mutation { removeMembership(organizationId: "nobody", consortiumId: "nothing") { __typename } }';
    const response = await fetch(`${server.baseUrl}/graphql?query=${encodeURIComponent(mutation)}`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('refuses a simple-request POST (text/plain), the shape a cross-site form can send', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ programs { id } }' }),
    });
    expect(response.status).toBe(400);
  });
});
