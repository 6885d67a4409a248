import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import type { Database } from '../../src/db/database';
import { DatabaseUnavailableError } from '../../src/errors';
import { createLoaders } from '../../src/graphql/loaders';
import { loadExisting } from '../../src/graphql/resolvers/loadAll';
import { startNeo4jProxy, type Neo4jProxy } from '../support/neo4jProxy';

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
