import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../../src/graphql/schema';
import { operationCost } from '../../src/server/limits/costLimit';
import { DEFAULT_GRAPH_STATS } from '../../src/server/limits/listSizes';

/** The cost model prices a connection by the page it asks for: `first`, `last`, or the default page of 20. */

const schema = buildSchema(loadTypeDefs());

function costOf(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return operationCost({ schema, operation, fragment: () => undefined, stats: DEFAULT_GRAPH_STATS, variables });
}

const page = (window: string) => `{ consortiaConnection${window} { edges { node { id } } } }`;

describe('the cost of a connection', () => {
  it('is the same for last: n as for first: n, and grows with n', () => {
    expect(costOf(page('(last: 7)'))).toBe(costOf(page('(first: 7)')));
    expect(costOf(page('(last: 1000)'))).toBe(costOf(page('(first: 1000)')));
    expect(costOf(page('(last: 1000)'))).toBeGreaterThan(costOf(page('(last: 7)')));
  });

  it('counts 20 when neither first nor last is given, as the resolver answers', () => {
    expect(costOf(page(''))).toBe(costOf(page('(first: 20)')));
  });

  it('counts a last given by a variable as the value sent', () => {
    const query = 'query ($n: Int) { consortiaConnection(last: $n) { edges { node { id } } } }';
    expect(costOf(query, { n: 300 })).toBe(costOf(page('(first: 300)')));
  });

  it('prices a nested connection by its page times its parents', () => {
    const nested = (n: number) =>
      `{ consortiaConnection(first: 10) { edges { node { membersConnection(last: ${n}) { edges { node { role } } } } } } }`;
    // Each step of the inner page adds a role and an edge and a node for each of the 10 consortia.
    expect(costOf(nested(6)) - costOf(nested(5))).toBe(10 * 3);
  });
});
