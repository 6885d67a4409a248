import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import type { Database } from '../../src/db/database';
import { DatabaseUnavailableError } from '../../src/errors';
import { createLoaders } from '../../src/graphql/loaders';
import { DEFAULT_QUERY_LIMITS } from '../../src/server/limits/queryLimits';
import { loadExisting } from '../../src/graphql/resolvers/loadAll';
import { startNeo4jProxy, type Neo4jProxy } from '../support/neo4jProxy';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer } from '../support/testServer';

/**
 * The nested lists resolved through `loadExisting` (a fact's, stage's or model's sources, a model's bases...):
 * when Neo4j fails, the field fails with it. An empty list would say "none" when the truth is "unknown".
 */
let proxy: Neo4jProxy;
let db: Database;

beforeAll(async () => {
  proxy = await startNeo4jProxy();
  db = connectDatabase({ ...loadConfig({}), NEO4J_CONNECT_TIMEOUT_MS: 1000, NEO4J_QUERY_TIMEOUT_MS: 2000 }, proxy.uri);
});

afterAll(async () => {
  proxy.stop();
  await db.close();
});

describe('loadExisting', () => {
  it('reads existing ids and drops unknown ones while Neo4j answers', async () => {
    const [{ id }] = (await db.read<{ id: string }>('MATCH (s:Source) RETURN s.id AS id ORDER BY id LIMIT 1')) as [
      { id: string },
    ];
    const loaded = await loadExisting(createLoaders(db).source, [id, 'no-such-source']);
    expect(loaded.map((source) => (source as { id: string }).id)).toEqual([id]);
  });

  it('fails with the database error, not an empty list, when Neo4j is gone', async () => {
    proxy.stop();
    await expect(loadExisting(createLoaders(db).source, ['any-source'])).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
  });
});

/**
 * Walks an answer given while Neo4j failed beside the answer given while it was up: a field may be null (it
 * failed, or a failure below it made it null), but a list it did answer has every item the healthy answer has.
 * An empty list where the healthy answer has items is the swallowed error this file is about.
 */
function expectNoPartialLists(failed: unknown, healthy: unknown, path = 'data'): void {
  if (failed === null || failed === undefined) return;
  if (Array.isArray(failed)) {
    expect({ path, length: failed.length }).toEqual({ path, length: (healthy as unknown[]).length });
    failed.forEach((item, index) => expectNoPartialLists(item, (healthy as unknown[])[index], `${path}[${index}]`));
  } else if (typeof failed === 'object') {
    for (const [key, value] of Object.entries(failed)) {
      expectNoPartialLists(value, (healthy as Record<string, unknown>)[key], `${path}.${key}`);
    }
  } else {
    expect({ path, value: failed }).toEqual({ path, value: healthy });
  }
}

/** A piece of the text of the statement that reads sources by id (src/db/reads/sourceReads.ts). */
const SOURCES_READ = 'MATCH (s:Source {id: id})';

/** Nested lists through loaders and through `loadExisting`, under nullable roots (so a failure stays local). */
const nestedQuery = (consortiumId: string, modelId: string) => `{
  consortium(id: ${JSON.stringify(consortiumId)}) {
    id members { organization { id consortia { id } } sources { id } } facts { sources { id } }
    program { teams { consortium { id } sources { id } } }
  }
  model(id: ${JSON.stringify(modelId)}) { id sources { id } basedOn { id } developers { sources { id } } }
}`;

describe('a nested query while Neo4j fails', () => {
  // The tests' Neo4j itself, for choosing what to ask (the proxy of the tests above is stopped by now).
  let direct: Database;
  beforeAll(() => {
    direct = openTestDatabase();
  });
  afterAll(() => direct.close());

  it.each(['stops', 'hangs'] as const)(
    'answers SERVICE_UNAVAILABLE and no emptied list when Neo4j %s in the middle of the request',
    async (how) => {
      const [consortium] = await direct.read<{ id: string }>(
        `MATCH (c:Consortium)-[:IN_PROGRAM]->() RETURN c.id AS id ORDER BY c.memberCount DESC, c.id LIMIT 1`,
      );
      const [model] = await direct.read<{ id: string }>(
        `MATCH (m:Model) RETURN m.id AS id ORDER BY size(coalesce(m.sources, [])) DESC, m.id LIMIT 1`,
      );
      const query = nestedQuery(consortium!.id, model!.id);
      const failing = await startNeo4jProxy();
      const viaProxy = connectDatabase(
        { ...loadConfig({}), NEO4J_CONNECT_TIMEOUT_MS: 1000, NEO4J_QUERY_TIMEOUT_MS: 10_000 },
        failing.uri,
      );
      // No cost limit: the graph sizes it reads may come late on a busy machine, and this is about failures.
      const server = await startTestServer(viaProxy, {
        limits: { ...DEFAULT_QUERY_LIMITS, maxCost: Number.MAX_SAFE_INTEGER },
      });
      try {
        const healthy = await server.gql<Record<string, unknown>>(query);
        expect(healthy.body.errors).toBeUndefined();
        // The healthy answer has items in the lists that a swallowed error would empty.
        expect(JSON.stringify(healthy.body.data)).toMatch(/"sources":\[\{/);

        // Neo4j fails as the first read of sources (a nested list, after both roots were answered) is sent.
        failing.failOn(SOURCES_READ, how === 'stops' ? 'stop' : 'hang');
        const failed = await server.gql<Record<string, unknown>>(query);

        const errors = failed.body.errors ?? [];
        expect(errors.length).toBeGreaterThan(0);
        expect(new Set(errors.map((error) => error.extensions?.code))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
        // A nested field failed: the roots were answered before Neo4j failed.
        expect(errors.some((error) => ((error as { path?: unknown[] }).path?.length ?? 0) > 1)).toBe(true);
        expectNoPartialLists(failed.body.data, healthy.body.data);
      } finally {
        failing.stop();
        await server.stop();
        await viaProxy.close();
      }
    },
  );
});
