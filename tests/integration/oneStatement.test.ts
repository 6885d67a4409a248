import type { Database } from '../../src/db/database';
import { seedConsortiumIds } from '../support/seedFacts';
import { useTestServer, type TestServer } from '../support/testServer';
import { graphStatsStatementsOf } from '../support/graphStatsStatements';

/**
 * Questions answered by one statement. `organizations { totalCount edges }` reads its page and its total together
 * (src/db/reads/organizationList.ts, COUNTED_PAGE): the same page as without totalCount, the total counted here from
 * the relationships, planned from an index (or the count store) without a Cartesian product. `consortiumOverlaps`
 * returns the pairs' consortia with the pairs (src/db/reads/organizationReads.ts), the same as `consortium(id:)`.
 */

let db: Database;
let server: TestServer;
useTestServer((started) => ({ db, server } = started));

const graphStatsStatements = graphStatsStatementsOf(() => db);

const CONSORTIUM = seedConsortiumIds[0]!;

interface Page {
  totalCount?: number;
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
}

const VARIABLE_TYPES: Record<string, string> = { after: 'String', min: 'Int', consortium: 'ID' };

/** The declarations of the variables `args` uses (GraphQL refuses a declared variable that is not used). */
const declarations = (args: string) => {
  const used = Object.entries(VARIABLE_TYPES).filter(([name]) => args.includes(`$${name}`));
  return used.length === 0 ? '' : `(${used.map(([name, type]) => `$${name}: ${type}`).join(', ')})`;
};

async function ask(args: string, variables: Record<string, unknown>, withTotal: boolean) {
  const statements: Array<{ cypher: string; params: Record<string, unknown> }> = [];
  const stop = db.observe(({ cypher, params }) => {
    if (!graphStatsStatements.has(cypher)) statements.push({ cypher, params });
  });
  try {
    const response = await server.gql<{ organizations: Page }>(
      `query ${declarations(args)} { organizations(${args}) {
        ${withTotal ? 'totalCount' : ''} edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage } } }`,
      variables,
    );
    expect(response.body.errors).toBeUndefined();
    return { page: response.body.data!.organizations, statements };
  } finally {
    stop();
  }
}

/** Each case: its arguments, and the organisations it lists counted from the relationships. */
const CASES: Array<[string, string, string]> = [
  [
    'by consortium count',
    'orderBy: { field: CONSORTIUM_COUNT, direction: DESC }, first: 5',
    'MATCH (o:Organization) RETURN count(o) AS n',
  ],
  [
    'by name, backward',
    'orderBy: { field: NAME, direction: ASC }, last: 4',
    'MATCH (o:Organization) RETURN count(o) AS n',
  ],
  [
    'with minConsortia',
    'filter: { minConsortia: $min }, orderBy: { field: CONSORTIUM_COUNT, direction: ASC }, first: 3',
    'MATCH (o:Organization) WHERE COUNT { (o)-[:MEMBER_OF]->(:Consortium) } >= $min RETURN count(o) AS n',
  ],
  [
    "of a consortium's members",
    'filter: { consortiumId: $consortium }, first: 2',
    'MATCH (:Consortium {id: $consortium})<-[:MEMBER_OF]-(o:Organization) RETURN count(DISTINCT o) AS n',
  ],
  [
    'of one kind',
    'filter: { kinds: [UNIVERSITY] }, orderBy: { field: CONSORTIUM_COUNT, direction: DESC }, first: 3',
    "MATCH (o:Organization {kind: 'UNIVERSITY'}) RETURN count(o) AS n",
  ],
];

interface Plan {
  operatorType: string;
  children: Plan[];
}
const operatorsOf = (plan: Plan): string[] => [
  plan.operatorType.replace(/@.*$/, ''),
  ...plan.children.flatMap(operatorsOf),
];

describe('organizations with totalCount, in one statement', () => {
  it.each(CASES)('%s: the page as without totalCount, the total, one statement', async (_name, args, counting) => {
    const variables = { min: 2, consortium: CONSORTIUM, after: null };
    const [expected] = await db.read<{ n: number }>(counting, variables);
    expect(expected!.n).toBeGreaterThan(0);
    const counted = await ask(args, variables, true);
    const plain = await ask(args, variables, false);
    expect(counted.page.totalCount).toBe(expected!.n);
    expect(counted.page.edges).toEqual(plain.page.edges);
    expect(counted.page.pageInfo).toEqual(plain.page.pageInfo);
    expect(counted.page.edges.length).toBeGreaterThan(0);
    expect(counted.statements).toHaveLength(1);
    expect(plain.statements).toHaveLength(1);

    const session = db.driver.session({ database: db.name });
    try {
      const [{ cypher, params }] = counted.statements as [{ cypher: string; params: Record<string, unknown> }];
      // eslint-disable-next-line cypher/no-interpolation -- the prefixed text is a statement the code sent
      const plan = (await session.run('EXPLAIN ' + cypher, params)).summary.plan as unknown as Plan;
      const operators = operatorsOf(plan);
      expect(operators).not.toContain('CartesianProduct');
      expect(operators).not.toContain('AllNodesScan');
      if (!args.includes('filter')) {
        // Unfiltered: the total from the count store, the page from the sort key's index, in its order.
        expect(operators).toContain('NodeCountFromCountStore');
        expect(operators).not.toContain('NodeByLabelScan');
      }
    } finally {
      await session.close();
    }
  });

  it('gives the total with an empty page (after the last organisation)', async () => {
    const order = 'orderBy: { field: CONSORTIUM_COUNT, direction: DESC }';
    const variables = { min: null, consortium: null, after: null };
    const [expected] = await db.read<{ n: number }>('MATCH (o:Organization) RETURN count(o) AS n');
    const last = await ask(`${order}, last: 1`, variables, false);
    expect(last.page.edges).toHaveLength(1);
    const past = await ask(
      `${order}, first: 10, after: $after`,
      { ...variables, after: last.page.edges[0]!.cursor },
      true,
    );
    expect(past.page.edges).toEqual([]);
    expect(past.page.pageInfo.hasNextPage).toBe(false);
    expect(past.page.totalCount).toBe(expected!.n);
    expect(past.statements).toHaveLength(1);
  });
});

describe('consortiumOverlaps with its consortia, in one statement', () => {
  const FIELDS = 'id name memberCount startDate endDate title';
  it.each([
    ['whole consortia', `a { ${FIELDS} } b { ${FIELDS} }`],
    ['ids and names', 'a { id name } b { id }'],
  ])('%s: as consortium(id:) answers them, one statement', async (_name, selection) => {
    const statements: string[] = [];
    const stop = db.observe(({ cypher }) => {
      if (!graphStatsStatements.has(cypher)) statements.push(cypher);
    });
    let overlaps: Array<{ a: Record<string, unknown>; b: Record<string, unknown>; sharedCount: number }>;
    try {
      const response = await server.gql<{ consortiumOverlaps: typeof overlaps }>(
        `query ($ids: [ID!]) { consortiumOverlaps(consortia: $ids) { ${selection} sharedCount } }`,
        { ids: seedConsortiumIds },
      );
      expect(response.body.errors).toBeUndefined();
      overlaps = response.body.data!.consortiumOverlaps;
    } finally {
      stop();
    }
    expect(statements).toHaveLength(1);
    expect(overlaps.length).toBeGreaterThan(0);
    const ids = [...new Set(overlaps.flatMap(({ a, b }) => [a.id as string, b.id as string]))];
    const wanted = selection.startsWith('a { id name }') ? { a: 'id name', b: 'id' } : { a: FIELDS, b: FIELDS };
    for (const side of ['a', 'b'] as const) {
      const alone = await server.gql<Record<string, Record<string, unknown>>>(
        `{ ${ids.map((id, at) => `c${at}: consortium(id: ${JSON.stringify(id)}) { ${wanted[side]} }`).join(' ')} }`,
      );
      const byId = new Map(Object.values(alone.body.data!).map((consortium) => [consortium.id, consortium]));
      for (const overlap of overlaps) expect(overlap[side]).toEqual(byId.get(overlap[side].id));
    }
  });
});
