import type { AttackCase, AttackTarget, TimedResponse } from '../harness';

// The graph questions of issue #14 over the S graph, whose hubs sit in hundreds of consortia: a path search
// between two hubs is bounded by MAX_PATH_WORK (200,000 relationships read) and either answers or is refused
// with that limit named; arguments over the hard caps are refused before anything is read.

const CONNECTIONS = `query P($from: ID!, $to: ID!, $maxHops: Int) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: 5) { outcome length explored paths { organizations { id } } }
}`;
const SIMILAR = `query S($id: ID!) {
  similarOrganizations(id: $id, measure: ADAMIC_ADAR, first: 100) { items { organization { id } score sharedCount } }
}`;

type Body = { connections?: { outcome: string; explored: number }; similarOrganizations?: { items: unknown[] } };

let hubs: Promise<string[]> | undefined;

/** The three organisations in most consortia, as a client finds them through the API. */
function largestHubs(target: AttackTarget): Promise<string[]> {
  hubs ??= target
    .gql<{ organizations: { edges: Array<{ node: { id: string } }> } }>(
      '{ organizations(orderBy: { field: CONSORTIUM_COUNT, direction: DESC }, first: 3) { edges { node { id } } } }',
    )
    .then((response) => {
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.organizations.edges.map((edge) => edge.node.id);
    });
  return hubs;
}

/** Served within the bounds, or refused naming MAX_PATH_WORK: both are the bounded answers. */
function pathOutcome(response: TimedResponse<Body>): { status: number; note: string } {
  expect(response.status).toBe(200);
  const error = response.body.errors?.[0];
  if (error) {
    expect(error.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: { name: 'MAX_PATH_WORK', max: 200_000 },
    });
    return { status: response.status, note: 'refused QUERY_TOO_COMPLEX MAX_PATH_WORK' };
  }
  const answer = response.body.data!.connections!;
  expect(answer.explored).toBeLessThanOrEqual(200_000);
  return { status: response.status, note: `${answer.outcome}, read ${answer.explored} relationships` };
}

export const cases: AttackCase[] = [
  {
    name: 'connections between the two largest hubs, maxHops 6',
    attack: async (target) => {
      const [a, b] = await largestHubs(target);
      return pathOutcome(await target.gql<Body>(CONNECTIONS, { from: a, to: b, maxHops: 6 }));
    },
  },
  {
    name: 'connections from a hub to the seed graph (no path), maxHops 6',
    attack: async (target) => {
      const [a] = await largestHubs(target);
      const response = await target.gql<Body>(CONNECTIONS, { from: a, to: 'kaist', maxHops: 6 });
      return pathOutcome(response);
    },
  },
  {
    name: 'connections with maxHops over the cap (1000)',
    attack: async (target) => {
      const [a, b] = await largestHubs(target);
      const response = await target.gql<Body>(CONNECTIONS, { from: a, to: b, maxHops: 1000 });
      expect(response.body.errors?.[0]).toMatchObject({
        message: 'maxHops must be between 1 and 6, got 1000',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      return { status: response.status, note: 'refused BAD_USER_INPUT' };
    },
  },
  {
    name: 'similarOrganizations of the largest hub, ADAMIC_ADAR, first 100',
    attack: async (target) => {
      const [a] = await largestHubs(target);
      const response = await target.gql<Body>(SIMILAR, { id: a });
      expect(response.status).toBe(200);
      const error = response.body.errors?.[0];
      if (error) {
        expect(error.extensions?.code).toBe('QUERY_TIMEOUT');
        return { status: response.status, note: 'refused QUERY_TIMEOUT' };
      }
      return {
        status: response.status,
        note: `served ${response.body.data!.similarOrganizations!.items.length} items`,
      };
    },
  },
];
