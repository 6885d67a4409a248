import type { Database } from '../../src/db/database';
import { useTestServer, type TestServer } from '../support/testServer';

// `organizations(filter: { minConsortia })` counts through the consortiumCount index, not a scan of every organisation.

let db: Database;
let server: TestServer;
useTestServer((started) => ({ db, server } = started));

interface Plan {
  operatorType: string;
  children: Plan[];
}
const operatorsOf = (plan: Plan): string[] => [
  plan.operatorType.replace(/@.*$/, ''),
  ...plan.children.flatMap(operatorsOf),
];

async function explain(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const session = db.driver.session({ database: db.name });
  try {
    // eslint-disable-next-line cypher/no-interpolation -- the prefixed text is a statement the code sent
    return operatorsOf((await session.run('EXPLAIN ' + cypher, params)).summary.plan as unknown as Plan);
  } finally {
    await session.close();
  }
}

describe('organizations(filter: { minConsortia }) totalCount', () => {
  it.each([1, 2, 3])('minConsortia %i: the count of the memberships, from an index seek', async (minConsortia) => {
    const statements: Array<{ cypher: string; params: Record<string, unknown> }> = [];
    const stop = db.observe(({ cypher, params }) => statements.push({ cypher, params }));
    let total: number;
    try {
      const response = await server.gql<{ organizations: { totalCount: number } }>(
        'query ($min: Int) { organizations(filter: { minConsortia: $min }, first: 1) { totalCount } }',
        { min: minConsortia },
      );
      expect(response.body.errors).toBeUndefined();
      total = response.body.data!.organizations.totalCount;
    } finally {
      stop();
    }
    // Counted here from the relationships, not from the stored counts the API reads.
    const [expected] = await db.read<{ n: number }>(
      `MATCH (o:Organization) WHERE COUNT { (o)-[:MEMBER_OF]->(:Consortium) } >= $min RETURN count(o) AS n`,
      { min: minConsortia },
    );
    expect(total).toBe(expected!.n);
    expect(total).toBeGreaterThan(0);

    const count = statements.find((statement) => /RETURN count\(o\) AS total/.test(statement.cypher));
    expect(count).toBeDefined();
    const operators = await explain(count!.cypher, count!.params);
    expect(operators).toContain('NodeIndexSeekByRange');
    expect(operators).not.toContain('NodeByLabelScan');
  });
});
