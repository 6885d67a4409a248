import { Database } from '../../src/db/database';
import { readGraphStats } from '../../src/db/reads/graphStats';
import { heldOn, seedMemberships } from '../support/seedFacts';
import { useTestServer, type TestServer } from '../support/testServer';

let db: Database;
let server: TestServer;
useTestServer((started) => ({ db, server } = started));

const query = (memberships: boolean) => `query C($from: ID!, $to: ID!) {
  connections(from: $from, to: $to, maxHops: 4, first: 5) {
    outcome length explored hasNextPage
    paths { organizations { id } hops { from { id } to { id } consortium { id }
      ${memberships ? 'fromMembership { organization { id } } toMembership { consortium { id } }' : ''} } }
  }
}`;

type Answer = {
  outcome: string;
  paths: Array<{ hops: Array<Record<string, unknown>> }>;
};

/** Asks the question, counting the statements that read the memberships of the paths (by their parameter). */
async function ask(
  memberships: boolean,
  from: string,
  to: string,
): Promise<{ answer: Answer; membershipReads: number }> {
  let membershipReads = 0;
  const stop = db.observe(({ params }) => {
    if ('pairs' in params) membershipReads += 1;
  });
  try {
    const response = await server.gql<{ connections: Answer }>(query(memberships), { from, to });
    expect(response.body.errors).toBeUndefined();
    return { answer: response.body.data!.connections, membershipReads };
  } finally {
    stop();
  }
}

/** Two organisations of the seed files that share a consortium (so a path exists), from the first two consortia. */
function membersOfOneConsortium(): Array<[string, string]> {
  const byConsortium = new Map<string, string[]>();
  for (const m of seedMemberships.filter((membership) => heldOn(membership, null))) {
    byConsortium.set(m.consortium, [...(byConsortium.get(m.consortium) ?? []), m.org]);
  }
  const teams = [...byConsortium.values()].filter((members) => new Set(members).size >= 2).slice(0, 2);
  return teams.map((members) => [members[0]!, [...new Set(members)][1]!]);
}

const withoutMemberships = (answer: Answer): Answer => ({
  ...answer,
  paths: answer.paths.map((path) => ({
    ...path,
    hops: path.hops.map(({ fromMembership: _from, toMembership: _to, ...hop }) => hop),
  })),
});

describe('connections look-ahead', () => {
  it.each(membersOfOneConsortium())(
    'reads the memberships of the paths only when a hop asks for them (%s to %s), same paths',
    async (from, to) => {
      const full = await ask(true, from, to);
      const bare = await ask(false, from, to);
      expect(full.answer.outcome).toBe('FOUND');
      expect({ full: full.membershipReads, bare: bare.membershipReads }).toEqual({ full: 1, bare: 0 });
      expect(bare.answer).toEqual(withoutMemberships(full.answer));
    },
  );
});

describe('connections: nodes selected by id alone', () => {
  /** The background read of the graph's sizes for the cost rule is no request's statement. */
  const graphStatsStatements = new Set<string>();
  beforeAll(async () => {
    const stop = db.observe(({ cypher }) => graphStatsStatements.add(cypher));
    await readGraphStats(db).finally(stop);
  });

  const selection = (named: boolean) => `query C($from: ID!, $to: ID!) {
    connections(from: $from, to: $to, maxHops: 4, first: 5) {
      outcome paths { organizations { id ${named ? 'name' : '__typename'} }
        hops { from { id ${named ? 'kind' : 'nodeId'} } to { id } consortium { id ${named ? 'name' : ''} } } }
    }
  }`;

  async function statementsOf(named: boolean, from: string, to: string) {
    const statements: string[] = [];
    const stop = db.observe(({ cypher }) => {
      if (!graphStatsStatements.has(cypher)) statements.push(cypher);
    });
    try {
      const response = await server.gql<{ connections: Answer }>(selection(named), { from, to });
      expect(response.body.errors).toBeUndefined();
      return { answer: response.body.data!.connections, statements };
    } finally {
      stop();
    }
  }

  it.each(membersOfOneConsortium())(
    'answers ids from the search, without reading the nodes again (%s to %s), the same ids',
    async (from, to) => {
      const named = await statementsOf(true, from, to);
      const bare = await statementsOf(false, from, to);
      expect(named.answer.outcome).toBe('FOUND');
      // The named selection reads the organisations and the consortia of the page, one statement each.
      expect(named.statements.length - bare.statements.length).toBe(2);
      // Only the ids, of the same paths in the same order.
      const ids = (answer: Answer) =>
        JSON.stringify(answer, (key, value: unknown) =>
          key === 'id' || typeof value === 'object' ? value : undefined,
        );
      expect(ids(bare.answer)).toBe(ids(named.answer));
      const paths = bare.answer.paths as unknown as Array<{ organizations: Array<Record<string, unknown>> }>;
      expect(paths[0]!.organizations[0]).toEqual({ id: from, __typename: 'Organization' });
    },
  );
});

describe('connections in one transaction', () => {
  const WHICH =
    "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS 'which-transaction' RETURN transactionId";

  it('readTogether runs its statements in one transaction, read in two', async () => {
    const together = await db.readTogether(async (reader) => [await reader.read(WHICH), await reader.read(WHICH)]);
    const apart = [await db.read(WHICH), await db.read(WHICH)];
    expect(together[0]).toHaveLength(1);
    expect(together[0]).toEqual(together[1]);
    expect(apart[0]).toHaveLength(1);
    expect(apart[0]).not.toEqual(apart[1]);
  });

  it.each(membersOfOneConsortium())('searches from %s to %s in one read transaction', async (from, to) => {
    // On the class: the server reads through a handle of its own (observers are shared, see Database.withOwnPool).
    const transactions = jest.spyOn(Database.prototype, 'readTx');
    let statements = 0;
    let calls = 0;
    const stop = db.observe(() => (statements += 1));
    try {
      // Ids alone, no memberships: every statement is the search's (the degrees, then each frontier).
      const { answer } = await ask(false, from, to);
      expect(answer.outcome).toBe('FOUND');
      calls = transactions.mock.calls.length;
    } finally {
      stop();
      transactions.mockRestore();
    }
    expect(statements).toBeGreaterThanOrEqual(2);
    expect(calls).toBe(1);
  });
});
