import type { Database } from '../../src/db/database';
import { useTestServer, type TestServer } from '../support/testServer';

let db: Database;
let server: TestServer;
useTestServer((started) => ({ db, server } = started), { metricsOperations: ['OpsDashboard'] });

const POISONED_NAMES = 120;
const POISONED_NAME_LENGTH = 100_000;

async function scrapeText(): Promise<string> {
  const response = await fetch(`${server.baseUrl}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of one sample line `name{labels} value` of a scrape, 0 when the series does not exist. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

const requests = (operation: string, outcome: 'ok' | 'error') =>
  `graphql_requests_total{operation="${operation}",outcome="${outcome}"}`;

/** Every distinct `operation` label value of a scrape. */
function operationLabels(text: string): Set<string> {
  return new Set([...text.matchAll(/operation="([^"]*)"/g)].map((match) => match[1]!));
}

async function post(body: Record<string, unknown>): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('/metrics operation labels', () => {
  it('stays small after 120 operations named with 100 KB each, and real names keep their label', async () => {
    expect(db).toBeDefined();
    const before = await scrapeText();
    for (let i = 0; i < POISONED_NAMES; i++) {
      const name = `Poison${i}_${'x'.repeat(POISONED_NAME_LENGTH)}`;
      const answer = await post({ query: `query ${name} { __typename }` });
      // The body limit (1 MB) and the token limit let such a name through: the request really runs.
      expect(answer).toEqual({ status: 200, json: { data: { __typename: 'Query' } } });
    }
    const started = performance.now();
    const after = await scrapeText();
    const scrapeMs = performance.now() - started;
    expect(sample(after, requests('(other)', 'ok')) - sample(before, requests('(other)', 'ok'))).toBe(POISONED_NAMES);
    // Smaller than one of the names sent; before the allow-list it was 150 MB.
    expect(after.length).toBeLessThan(POISONED_NAME_LENGTH);
    expect([...operationLabels(after)].every((label) => label.length <= 64)).toBe(true);
    expect(after).not.toContain('Poison');
    const report = `metrics after poisoning: ${after.length} bytes, scraped in ${scrapeMs.toFixed(0)} ms\n`;
    process.stderr.write(report);

    // A playground example's name and a configured one are still labelled after the poisoning.
    expect((await post({ query: 'query Program { programs { id } }' })).status).toBe(200);
    expect((await post({ query: 'query OpsDashboard { __typename }' })).status).toBe(200);
    const later = await scrapeText();
    expect(sample(later, requests('Program', 'ok')) - sample(after, requests('Program', 'ok'))).toBe(1);
    expect(sample(later, requests('OpsDashboard', 'ok')) - sample(after, requests('OpsDashboard', 'ok'))).toBe(1);
    expect(sample(later, requests('(other)', 'ok'))).toBe(sample(after, requests('(other)', 'ok')));
  });

  it('labels the operation that runs (operationName), not the first of the document', async () => {
    const document = 'query Search { __typename } query Program { __typename }';
    const before = await scrapeText();
    expect((await post({ query: document, operationName: 'Program' })).status).toBe(200);
    expect((await post({ query: document, operationName: 'Program' })).status).toBe(200);
    expect((await post({ query: document, operationName: 'Search' })).status).toBe(200);
    const after = await scrapeText();
    const delta = (series: string) => sample(after, series) - sample(before, series);
    expect(delta(requests('Program', 'ok'))).toBe(2);
    expect(delta(requests('Search', 'ok'))).toBe(1);
    expect(delta('graphql_request_duration_seconds_count{operation="Program"}')).toBe(2);
  });

  it('labels a request that fails validation by the operation it selects, and the rest by what went wrong', async () => {
    const before = await scrapeText();
    const invalid = await post({
      query: 'query Search { __typename } query Program { nope }',
      operationName: 'Program',
    });
    expect(invalid.status).toBe(200);
    expect((await post({ query: '{ __typename }' })).status).toBe(200);
    expect((await post({ query: 'query Search { __typename }', operationName: 'Elsewhere' })).status).toBe(400);
    expect((await post({ query: '{ not valid graphql' })).status).toBe(200);
    const after = await scrapeText();
    const delta = (series: string) => sample(after, series) - sample(before, series);
    expect(delta(requests('Program', 'error'))).toBe(1);
    expect(delta(requests('Search', 'error'))).toBe(0);
    expect(delta(requests('(anonymous)', 'ok'))).toBe(1);
    expect(delta(requests('(unselected)', 'error'))).toBe(1);
    expect(delta(requests('(unparsed)', 'error'))).toBe(1);
  });
});
