import type { Database } from '../../src/db/database';
import { seedOrganizationIds } from '../support/seedFacts';
import { useTestServer, type TestServer } from '../support/testServer';
import { graphStatsStatementsOf } from '../support/graphStatsStatements';

/**
 * connections reads the degrees of both ends and the first frontier in one statement (SEARCH_START in
 * src/db/reads/connectionReads.ts). Its paths are checked against Neo4j's own allShortestPaths over MEMBER_OF,
 * asked here in plain Cypher: the same paths, for every pair of a set of organisations.
 */

let db: Database;
let server: TestServer;
useTestServer((started) => ({ db, server } = started));

const graphStatsStatements = graphStatsStatementsOf(() => db);

const QUERY = `query C($from: ID!, $to: ID!) {
  connections(from: $from, to: $to, maxHops: 4, first: 20) {
    outcome length hasNextPage paths { organizations { id } hops { consortium { id } } }
  }
}`;

interface Answer {
  outcome: string;
  length: number | null;
  hasNextPage: boolean;
  paths: Array<{ organizations: Array<{ id: string }>; hops: Array<{ consortium: { id: string } | null }> }>;
}

async function ask(from: string, to: string) {
  const statements: Array<Record<string, unknown>> = [];
  const stop = db.observe(({ cypher, params }) => {
    if (!graphStatsStatements.has(cypher)) statements.push(params);
  });
  try {
    const response = await server.gql<{ connections: Answer }>(QUERY, { from, to });
    expect(response.body.errors).toBeUndefined();
    return { answer: response.body.data!.connections, statements };
  } finally {
    stop();
  }
}

/** Every shortest path of at most 4 hops by Neo4j's allShortestPaths, written `org >consortium> org ...`. */
async function neo4jShortestPaths(from: string, to: string): Promise<string[]> {
  const rows = await db.read<{ nodes: string[] }>(
    `MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
     MATCH p = allShortestPaths((a)-[:MEMBER_OF*..8]-(b))
     RETURN [n IN nodes(p) | n.id] AS nodes`,
    { from, to },
  );
  return rows.map(({ nodes }) => written(nodes)).sort();
}

/** `a >c> b` from the alternating ids of a path (organisation, consortium, organisation, ...). */
const written = (ids: readonly string[]) =>
  ids.reduce((text, id, index) => (index === 0 ? id : index % 2 === 1 ? `${text} >${id}>` : `${text} ${id}`), '');

const answered = (answer: Answer) =>
  answer.paths
    .map(({ organizations, hops }) =>
      written(organizations.flatMap(({ id }, index) => (index === 0 ? [id] : [hops[index - 1]!.consortium!.id, id]))),
    )
    .sort();

const ORGANIZATIONS = seedOrganizationIds.slice(0, 8);
const PAIRS = ORGANIZATIONS.flatMap((a, i) => ORGANIZATIONS.slice(i + 1).map((b): [string, string] => [a, b]));

describe('connections against allShortestPaths', () => {
  it.each(PAIRS)('finds the paths Neo4j finds from %s to %s', async (from, to) => {
    const expected = await neo4jShortestPaths(from, to);
    const { answer } = await ask(from, to);
    if (expected.length === 0) {
      expect(answer.outcome).not.toBe('FOUND');
      return;
    }
    expect(answer.outcome).toBe('FOUND');
    if (expected.length > 20) {
      expect(answer.hasNextPage).toBe(true);
      expect(answer.paths).toHaveLength(20);
      for (const path of answered(answer)) expect(expected).toContain(path);
      return;
    }
    expect(answered(answer)).toEqual(expected);
    expect(answer.hasNextPage).toBe(false);
  });

  it('reads the degrees and the first frontier in one statement', async () => {
    // Two members of one consortium: the search expands both ends once, so two statements in all.
    const [row] = await db.read<{ a: string; b: string }>(
      `MATCH (a:Organization)-[:MEMBER_OF]->(:Consortium)<-[:MEMBER_OF]-(b:Organization) WHERE a.id < b.id
       RETURN a.id AS a, b.id AS b ORDER BY a, b LIMIT 1`,
    );
    const { answer, statements } = await ask(row!.a, row!.b);
    expect(answer.length).toBe(1);
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatchObject({ from: row!.a, to: row!.b });
  });
});
