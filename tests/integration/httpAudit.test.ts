import fs from 'node:fs';
import path from 'node:path';
import { auditServer } from 'graphql-http';
import { useTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
useTestServer((started) => ({ server } = started));

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it('passes every MUST; the failing SHOULDs are written to test-artifacts/http-audit.json', async () => {
    const results = await auditServer({ url: `${server.baseUrl}/graphql` });
    const failures = results.flatMap((result) => (result.status === 'ok' ? [] : [result]));
    const report = await Promise.all(
      failures.map(async (result) => ({
        name: result.name,
        status: result.status,
        reason: result.reason,
        response: await describeResponse(result.response),
      })),
    );
    const artifacts = path.resolve(__dirname, '../../test-artifacts');
    fs.mkdirSync(artifacts, { recursive: true });
    fs.writeFileSync(path.join(artifacts, 'http-audit.json'), JSON.stringify(report, null, 2));
    const mustFailures = report.filter((failure) => failure.name.startsWith('MUST'));
    expect(mustFailures).toEqual([]);
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThan(20);
  });
});

async function describeResponse(response: Response): Promise<string> {
  const text = await response
    .clone()
    .text()
    .catch(() => '');
  return `${response.status} ${response.headers.get('content-type') ?? ''} ${text.slice(0, 200)}`;
}

describe('CSRF prevention', () => {
  it('refuses a GET query without a header that forces a preflight', async () => {
    const response = await fetch(`${server.baseUrl}/graphql?query=${encodeURIComponent('{ programs { id } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('answers a GET query that carries apollo-require-preflight', async () => {
    const response = await fetch(`${server.baseUrl}/graphql?query=${encodeURIComponent('{ programs { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
  });

  it('answers a POST with a JSON body', async () => {
    const response = await server.gql('{ programs { id } }');
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
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
