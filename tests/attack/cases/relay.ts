import { timedOut } from '../everyConsortium';
import type { AttackCase, AttackTarget, TimedResponse } from '../harness';

/**
 * The paged lists under hostile use, on the S graph: the largest pages of every connection at once, connections
 * nested at their largest pages, forged cursors and global ids, and the plain lists that can grow. Each is answered
 * or refused with its own code, quickly, while the probe stays fast.
 */

const codes = (response: TimedResponse) => (response.body.errors ?? []).map((error) => error.extensions?.code);

const noted = (response: TimedResponse, what: string) => ({
  status: response.status,
  note: `${what} (${Math.round(response.ms)} ms)`,
});

/** Every root connection at its largest page, from either end, in one request. */
const LARGEST_PAGES = `{
  a: organizations(first: 1000) { edges { node { id } } pageInfo { hasNextPage endCursor } totalCount }
  b: organizations(last: 1000, orderBy: { field: CONSORTIUM_COUNT, direction: DESC }) { edges { node { id } } }
  c: consortiaConnection(first: 1000) { edges { node { id memberCount } } totalCount }
  d: consortiaConnection(last: 1000) { edges { node { id } } pageInfo { hasPreviousPage startCursor } }
  e: sourcesConnection(last: 1000) { edges { node { id } } totalCount }
  f: searchConnection(text: "university institute company", first: 1000) { edges { node { score } } totalCount }
}`;

/** Connections nested at their largest pages: a million memberships asked for, refused by the cost model. */
const NESTED = `{ consortiaConnection(first: 1000) { edges { node {
  membersConnection(first: 1000) { edges { node { organization {
    membershipsConnection(first: 1000) { edges { node { consortium { id } } } } } } } } } } } }`;

/** Strings no connection gave out: garbage, other JSON shapes, a cursor of another ordering, very long ones. */
function forgedCursors(): string[] {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return [
    'not-a-cursor',
    b64({ key: 'a', id: 'b' }),
    b64([1, 2, 3]),
    b64([null, 'kaist']),
    b64(['a'.repeat(5000), 'b'.repeat(5000)]),
    'A'.repeat(100_000),
    '%%%%',
  ];
}

async function forge(target: AttackTarget) {
  let last: TimedResponse | undefined;
  for (const cursor of forgedCursors()) {
    for (const argument of ['after', 'before']) {
      last = await target.gql(`query ($c: String!) { consortiaConnection(${argument}: $c) { edges { cursor } } }`, {
        c: cursor,
      });
      expect(last.status).toBe(200);
      // A long cursor that decodes to a position is a valid keyset bound: it simply matches nothing after it.
      if (last.body.errors) expect(codes(last)).toEqual(['BAD_USER_INPUT']);
    }
  }
  return noted(last!, `${forgedCursors().length * 2} forged cursors answered or refused`);
}

async function organizationNodeIds(target: AttackTarget, count: number): Promise<string[]> {
  const response = await target.gql<{ organizations: { edges: Array<{ node: { nodeId: string } }> } }>(
    `query ($n: Int!) { organizations(first: $n) { edges { node { nodeId } } } }`,
    { n: count },
  );
  return response.body.data!.organizations.edges.map((edge) => edge.node.nodeId);
}

export const cases: AttackCase[] = [
  {
    name: 'the largest page of every root connection, from either end, in one request',
    attack: async (target) => {
      // Once to warm the statements and the page cache, then measured. On a machine this loaded a page may still
      // pass the 5 s timeout: it must then be a QUERY_TIMEOUT, never an outage or an internal error.
      await target.gql(LARGEST_PAGES);
      const response = await target.gql(LARGEST_PAGES);
      expect(response.status).toBe(200);
      if (response.body.errors) {
        expect(timedOut(response)).toBe(true);
        return noted(response, `${response.body.errors.length} of 6 pages QUERY_TIMEOUT on the loaded machine`);
      }
      return noted(response, 'answered');
    },
    timeoutMs: 30_000,
  },
  {
    name: 'connections nested at their largest pages',
    attack: async (target) => {
      const response = await target.gql(NESTED);
      expect(response.status).toBe(400);
      expect(new Set(codes(response))).toEqual(new Set(['QUERY_TOO_COMPLEX']));
      return noted(response, response.body.errors![0]!.message.slice(0, 80));
    },
    timeoutMs: 10_000,
  },
  { name: 'forged and oversized cursors', attack: forge, timeoutMs: 30_000 },
  {
    name: 'nodes(nodeIds:) with 1000 ids, then 1001, then forged ones',
    attack: async (target) => {
      const ids = await organizationNodeIds(target, 1000);
      const answered = await target.gql<{ nodes: unknown[] }>(
        'query ($ids: [ID!]!) { nodes(nodeIds: $ids) { nodeId } }',
        {
          ids,
        },
      );
      expect(answered.body.errors).toBeUndefined();
      expect(answered.body.data!.nodes).toHaveLength(1000);
      const tooMany = await target.gql('query ($ids: [ID!]!) { nodes(nodeIds: $ids) { nodeId } }', {
        ids: [...ids, ids[0]!],
      });
      expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
      const forged = await target.gql('query ($ids: [ID!]!) { nodes(nodeIds: $ids) { nodeId } }', {
        ids: ['T3JnYW5pemF0aW9u', Buffer.from('Organization:').toString('base64'), 'x'.repeat(50_000)],
      });
      expect(codes(forged)).toEqual(['BAD_USER_INPUT']);
      return noted(answered, '1000 nodes answered; 1001 and forged ids refused');
    },
    timeoutMs: 30_000,
  },
  {
    name: 'the plain consortia list on a graph with more than 1000',
    attack: async (target) => {
      const total = await target.gql<{ consortiaConnection: { totalCount: number } }>(
        '{ consortiaConnection(first: 1) { totalCount } }',
      );
      const response = await target.gql('{ consortia { id } }');
      if (total.body.data!.consortiaConnection.totalCount > 1000) {
        expect(codes(response)).toEqual(['QUERY_TOO_COMPLEX']);
        expect(response.body.errors![0]!.extensions?.limit).toMatchObject({ name: 'listLength', max: 1000 });
        return noted(response, 'refused: listLength');
      }
      expect(response.body.errors).toBeUndefined();
      return noted(response, 'answered (1000 consortia or fewer)');
    },
    timeoutMs: 10_000,
  },
];
