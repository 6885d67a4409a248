import type { TestServer } from './testServer';

/**
 * Waits (at most 100 tries, 10 s) until the server has read the graph's sizes: before that every list is priced at
 * the largest page, and a query nesting two lists is refused as too costly. On a busy machine the first read can
 * outlast the server's start-up wait.
 */
export async function untilGraphStatsRead(server: TestServer): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const response = await server.gql('{ models { bases { sources { id } } } }');
    if (!response.body.errors) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the test server did not read the graph sizes within 10 s');
}
