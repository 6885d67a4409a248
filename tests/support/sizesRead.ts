import type { TestServer } from './testServer';

/**
 * Waits (at most 60 s per call, polling once a second) until the server accepts `query`'s cost: until its first read of the
 * graph's sizes finishes, every list counts as 1,000 long (DEFAULT_GRAPH_STATS), and on a loaded machine that
 * read can take longer than the server's start waits for it.
 */
export async function whenCostAccepted(server: TestServer, query: string, variables: Record<string, unknown>) {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const response = await server.gql(query, variables);
    if (response.body.errors?.[0]?.extensions?.code !== 'QUERY_TOO_COMPLEX') return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error('the server still refuses the query as too complex after 60 s');
}
