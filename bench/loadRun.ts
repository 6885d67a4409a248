import type { ChildServer } from './childServer';
import { postGraphql } from './latency';
import type { Operation } from './questions';
import { loadTest, type Throughput } from './throughput';

/** The load run of the hostile-load issue: a cheap and an expensive question, each at 32 and 128 connections. */
export const LOAD_RUN_CONNECTIONS = [32, 128] as const;

export interface LoadRunRow extends Throughput {
  question: string;
  connections: number;
  apiRssAfterMb: number;
}

/** The two questions: a one-organisation lookup, and the main question with every counted consortium. */
export function loadRunOperations(typicalOrganizationId: string): Record<string, Operation> {
  return {
    'cheap: organization(id)': {
      query: `query Org($id: ID!) { organization(id: $id) { id name kind country consortiumCount } }`,
      variables: { id: typicalOrganizationId },
    },
    'expensive: multi-consortium ≥2, top 100 with consortia': {
      query: `{ organizationsInMultipleConsortia(minConsortia: 2, first: 100) { organization { id name } consortiumCount consortia { id name } } }`,
    },
  };
}

/** Loads `api` with each operation at each concurrency for `seconds`, one after the other, over loopback. */
export async function runLoad(
  api: ChildServer,
  operations: Record<string, Operation>,
  seconds: number,
): Promise<LoadRunRow[]> {
  const rows: LoadRunRow[] = [];
  for (const [question, operation] of Object.entries(operations)) {
    await postGraphql(api.url, operation);
    for (const connections of LOAD_RUN_CONNECTIONS) {
      const result = await loadTest(api.url, operation, connections, seconds);
      rows.push({ question, connections, ...result, apiRssAfterMb: api.memory().rssMb });
    }
  }
  return rows;
}

export function loadRunTable(rows: readonly LoadRunRow[]): string {
  const lines = [
    '| question | connections | req/s | p99 ms | requests | non-2xx | errors / timeouts | API RSS after MB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.question} | ${row.connections} | ${row.requestsPerSecond} | ${row.p99Ms} | ${row.requests} | ` +
        `${row.non2xx} | ${row.errors} | ${row.apiRssAfterMb} |`,
    );
  }
  return lines.join('\n');
}
