import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importFile } from '../../src/import/importFile';
import { ImportAborted, ImportError, type ImportFormat } from '../../src/import/importTypes';
import { initialLoad } from '../../src/import/initialLoad';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../../src/localdb/localNeo4j';
import { localStoreExists } from '../../src/localdb/offlineImport';

const FIXTURES = path.resolve(__dirname, '../fixtures/import');
const BATCH_SIZE = 4;

/** Two Neo4j of this test's own, one after the other on one port: the online graph's, then the initial loads'. */
const local = (name: string): LocalNeo4jOptions => ({
  port: Number(process.env.NEO4J_TEST_PORT ?? 7697) + 101,
  dataDir: path.resolve(__dirname, `../../.neo4j/initial-load-test-${process.pid}-${name}`),
  heap: '512m',
  pageCache: '128m',
});
const ONLINE = local('online');
const INITIAL = local('initial');

const connect = (uri: string): Database => connectDatabase({ ...loadConfig({}), NEO4J_QUERY_TIMEOUT_MS: 60_000 }, uri);

interface Fixture {
  name: string;
  file: string;
  format: ImportFormat;
  projectsFile?: string;
}
const FIXTURE_FILES: Fixture[] = [
  { name: 'generic CSV', file: path.join(FIXTURES, 'generic.csv'), format: 'generic-csv' },
  {
    name: 'CORDIS with projects',
    file: path.join(FIXTURES, 'organization.csv'),
    format: 'cordis',
    projectsFile: path.join(FIXTURES, 'project.csv'),
  },
];

/** A stored value as plain JSON: temporal values as their ISO text, with their type, so DATE ≠ STRING. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isDate(value as never)) return { date: String(value) };
  if (neo4j.isDateTime(value as never)) return { datetime: String(value) };
  return value;
}

/** Every node and relationship with all its properties and their Cypher types (internal ids left out). */
async function dumpGraph(db: Database) {
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown>; types: string[] }>(
    `MATCH (n) RETURN labels(n) AS labels, properties(n) AS props,
       [k IN keys(n) | k + ':' + valueType(n[k])] AS types`,
  );
  const relationships = await db.read<{
    from: string;
    type: string;
    to: string;
    props: Record<string, unknown>;
    types: string[];
  }>(
    `MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props,
       [k IN keys(r) | k + ':' + valueType(r[k])] AS types`,
  );
  const schema = await db.read<{ name: string; state: string }>('SHOW INDEXES YIELD name, state RETURN name, state');
  const plainProps = (props: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(props).map(([key, value]) => [key, plain(value)]));
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return {
    nodes: nodes
      .map((n) => ({ key: `${n.labels.join(':')} ${n.props.id}`, ...n, props: plainProps(n.props) }))
      .sort(byKey)
      .map((n) => ({ ...n, types: [...n.types].sort() })),
    relationships: relationships
      .map((r) => ({
        key: `${r.from} ${r.type} ${r.to}`,
        ...r,
        props: plainProps(r.props),
        types: [...r.types].sort(),
      }))
      .sort(byKey),
    schema: schema.map((index) => `${index.name} ${index.state}`).sort(),
  };
}

/** The Source's import time differs from run to run: checked to be a datetime of this test run, then set aside. */
function withoutImportTime(graph: Awaited<ReturnType<typeof dumpGraph>>, since: Date) {
  return {
    ...graph,
    nodes: graph.nodes.map((node) => {
      if (!node.labels.includes('Source')) return node;
      const { importedAt, ...rest } = node.props as { importedAt: { datetime: string } };
      expect(new Date(importedAt.datetime).getTime()).toBeGreaterThanOrEqual(since.getTime() - 1000);
      return { ...node, props: rest };
    }),
  };
}

/** A summary without its timings (which differ run to run). */
function withoutTimes(summary: object): object {
  return Object.fromEntries(Object.entries(summary).filter(([key]) => key !== 'seconds' && key !== 'phases'));
}

const online = new Map<string, { graph: Awaited<ReturnType<typeof dumpGraph>>; summary: object }>();
const testStarted = new Date();

beforeAll(async () => {
  for (const options of [ONLINE, INITIAL]) fs.rmSync(options.dataDir, { recursive: true, force: true });
  // The online side: each fixture imported through Bolt into an empty graph with the schema applied.
  const { uri } = await startLocalNeo4j(ONLINE);
  const db = connect(uri);
  try {
    await applySchema(db);
    for (const fixture of FIXTURE_FILES) {
      await db.write('MATCH (n) DETACH DELETE n');
      const summary = await importFile(db, { ...fixture, batchSize: BATCH_SIZE });
      online.set(fixture.name, { graph: await dumpGraph(db), summary });
    }
  } finally {
    await db.close();
    await stopLocalNeo4j(ONLINE);
  }
}, 180_000);

afterAll(async () => {
  await stopLocalNeo4j(INITIAL);
  for (const options of [ONLINE, INITIAL]) fs.rmSync(options.dataDir, { recursive: true, force: true });
});

describe('initial load', () => {
  it.each(FIXTURE_FILES)(
    'gives the graph an online import gives, node by node and property by property: $name',
    async (fixture) => {
      fs.rmSync(INITIAL.dataDir, { recursive: true, force: true });
      const summary = await initialLoad({
        ...fixture,
        batchSize: BATCH_SIZE,
        local: INITIAL,
        connect,
        keepRunning: true,
      });
      const db = connect(`bolt://127.0.0.1:${INITIAL.port}`);
      try {
        const expected = online.get(fixture.name)!;
        expect(withoutImportTime(await dumpGraph(db), testStarted)).toEqual(
          withoutImportTime(expected.graph, testStarted),
        );
        expect(withoutTimes(summary)).toEqual(withoutTimes(expected.summary));
        // Not vacuous: the fixture wrote memberships, rejected rows, and resolved names.
        expect(expected.graph.relationships.length).toBeGreaterThan(3);
      } finally {
        await db.close();
        await stopLocalNeo4j(INITIAL);
      }
    },
    180_000,
  );

  it('refuses a graph that is not empty, leaving it as it was', async () => {
    // INITIAL holds the last fixture's graph now.
    const fixture = FIXTURE_FILES[0]!;
    await expect(initialLoad({ ...fixture, local: INITIAL, connect })).rejects.toThrow(
      /the local graph is not empty \(\d+ nodes\); an initial load only loads into an empty database/,
    );
    const { uri } = await startLocalNeo4j(INITIAL);
    const db = connect(uri);
    try {
      const [{ sources }] = (await db.read<{ sources: string[] }>(
        'MATCH (s:Source) RETURN collect(s.title) AS sources',
      )) as [{ sources: string[] }];
      expect(sources).toEqual([path.basename(FIXTURE_FILES[1]!.file)]);
    } finally {
      await db.close();
      await stopLocalNeo4j(INITIAL);
    }
  }, 180_000);

  it('writes nothing when aborted while reading, and fails on a bad file before touching the store', async () => {
    fs.rmSync(INITIAL.dataDir, { recursive: true, force: true });
    const abort = new AbortController();
    const load = initialLoad({
      ...FIXTURE_FILES[0]!,
      batchSize: 1,
      local: INITIAL,
      connect,
      signal: abort.signal,
      onProgress: () => abort.abort(),
    });
    await expect(load).rejects.toThrow(ImportAborted);
    expect(localStoreExists(INITIAL.dataDir)).toBe(false);

    const file = path.join(fs.mkdtempSync('/tmp/t-initial-'), 'bad.csv');
    fs.writeFileSync(file, 'organisation_id,consortium_id\nx,y\n');
    await expect(initialLoad({ file, format: 'generic-csv', local: INITIAL, connect })).rejects.toThrow(ImportError);
    expect(localStoreExists(INITIAL.dataDir)).toBe(false);
  }, 60_000);
});
