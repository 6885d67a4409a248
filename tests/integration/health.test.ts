import type { Database } from '../../src/db/database';
import { startTestServer, useTestServer, type TestServer } from '../support/testServer';

let db: Database;
let server: TestServer;
// The probes' names are labelled in /metrics only when allow-listed (METRICS_OPERATIONS).
useTestServer((started) => ({ db, server } = started), { metricsOperations: ['HealthProbe', 'HealthProbeBad'] });

/** Parses the Prometheus text format (NaN in any case, as Prometheus reads it) into `name{labels}` → value. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?) (-?[0-9.eE+-]+|NaN|[+-]Inf)$/i.exec(line);
    if (!match) throw new Error(`not a Prometheus sample: ${line}`);
    samples.set(match[1]!, Number(match[2]));
  }
  return samples;
}

async function scrape(): Promise<Map<string, number>> {
  const response = await fetch(`${server.baseUrl}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/plain/);
  return parseMetrics(await response.text());
}

describe('health', () => {
  it('answers live and ready while Neo4j answers', async () => {
    expect((await fetch(`${server.baseUrl}/health/live`)).status).toBe(200);
    const ready = await fetch(`${server.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers ready 503 once shutting down, while live stays 200', async () => {
    const other = await startTestServer(db);
    try {
      other.markShuttingDown();
      const ready = await fetch(`${other.baseUrl}/health/ready`);
      expect(ready.status).toBe(503);
      expect((await fetch(`${other.baseUrl}/health/live`)).status).toBe(200);
    } finally {
      await other.stop();
    }
  });
});

describe('metrics', () => {
  it('serves Prometheus text with process metrics', async () => {
    const samples = await scrape();
    expect(samples.has('process_cpu_user_seconds_total')).toBe(true);
    expect(samples.has('nodejs_eventloop_lag_seconds')).toBe(true);
    expect(samples.get('neo4j_sessions_in_use')).toBe(0);
  });

  it('moves request, latency, error and Neo4j counters after queries', async () => {
    const before = await scrape();
    const ok = await server.gql('query HealthProbe { programs { id } }');
    expect(ok.status).toBe(200);
    const bad = await server.gql('query HealthProbeBad { organizations(first: 5000) { edges { node { id } } } }');
    expect(bad.status).toBe(400);
    const after = await scrape();
    const delta = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
    expect(delta('graphql_requests_total{operation="HealthProbe",outcome="ok"}')).toBe(1);
    expect(delta('graphql_request_duration_seconds_count{operation="HealthProbe"}')).toBe(1);
    expect(delta('graphql_requests_total{operation="HealthProbeBad",outcome="error"}')).toBe(1);
    expect(delta('graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
    expect(delta('neo4j_query_duration_seconds_count{outcome="ok"}')).toBeGreaterThanOrEqual(1);
  });
});
