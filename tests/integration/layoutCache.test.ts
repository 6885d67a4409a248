import type { SerializedGraph } from 'graphology-types';
import type { Database } from '../../src/db/database';
import { layoutCacheOf } from '../../src/network/layoutCache';
import { DEFAULT_NETWORK_LIMITS, type NetworkLimits } from '../../src/network/networkLimits';
import { useTestServer, type TestServer } from '../support/testServer';

// The layout cache over real HTTP on the seed graph in Neo4j: a repeated download reuses the layout (the layout's
// own pass over the memberships does not run again), any committed write lays the network out again.

// A server of its own limits, so its layout cache is its own.
const limits: NetworkLimits = { ...DEFAULT_NETWORK_LIMITS };
let db: Database;
let server: TestServer;
useTestServer(
  (started) => {
    db = started.db;
    server = started.server;
  },
  { networkLimits: limits },
);

const EXPORT = '/export/network.graphology.json?measures=degree';
// The layout's unordered first pass over the memberships (MEMBERSHIP_PAIRS in src/db/reads/networkReads.ts): the
// one statement a streamed export runs only to lay the network out.
const LAYOUT_PASS = /RETURN o\.id AS organizationId, c\.id AS consortiumId\s*$/;

async function positions(path: string): Promise<Map<string, [number, number]>> {
  const response = await fetch(`${server.baseUrl}${path}`);
  expect(response.status).toBe(200);
  const graph = (await response.json()) as SerializedGraph<{ x: number; y: number }>;
  return new Map(graph.nodes.map((node) => [node.key, [node.attributes!.x, node.attributes!.y]]));
}

/** Runs `work` and counts the layout passes it made Neo4j run. */
async function layoutPasses<T>(work: () => Promise<T>): Promise<{ result: T; passes: number }> {
  let passes = 0;
  const stop = db.observe(({ cypher }) => (passes += LAYOUT_PASS.test(cypher) ? 1 : 0));
  try {
    return { result: await work(), passes };
  } finally {
    stop();
  }
}

describe('layout cache', () => {
  it('reuses the layout for a repeated download and another label language, and lays out again after a write', async () => {
    const cache = layoutCacheOf(limits);
    const first = await layoutPasses(() => positions(EXPORT));
    expect(first.passes).toBe(1);
    expect(first.result.size).toBeGreaterThan(50);
    expect(cache.stats()).toMatchObject({ computed: 1, reused: 0, entries: 1 });

    const again = await layoutPasses(() => positions(EXPORT));
    expect(again.passes).toBe(0);
    expect(again.result).toEqual(first.result);
    // The label language and the measures do not change the network's shape: the same layout (measures=all is
    // built in memory, a different code path).
    const japanese = await layoutPasses(() => positions('/export/network.graphology.json?labelLanguage=JA'));
    expect(japanese.result).toEqual(first.result);
    expect(cache.stats()).toMatchObject({ computed: 1, reused: 2, entries: 1 });

    // Another network is laid out on its own.
    await positions(`${EXPORT}&projection=CO_MEMBERSHIP`);
    expect(cache.stats()).toMatchObject({ computed: 2, reused: 2, entries: 2 });

    // A write nothing reads still changes the graph's version: the network is laid out again.
    await db.write('CREATE (:LayoutCacheProbe)');
    await db.write('MATCH (p:LayoutCacheProbe) DELETE p');
    const afterWrite = await layoutPasses(() => positions(EXPORT));
    expect(afterWrite.passes).toBe(1);
    expect(cache.stats()).toMatchObject({ computed: 3, reused: 2, entries: 3 });
    // The seed graph is small enough to run all its iterations: the same graph gives the same picture.
    expect(afterWrite.result).toEqual(first.result);
    // Five exports, three of them laid out in a worker and one measured: minutes on a busy 2-core machine.
  }, 300_000);
});
