import { benchQuestions } from '../../../bench/questions';
import { loadConfig } from '../../../src/config';
import type { GeneratedGraph } from '../../../src/generate/generateGraph';
import { EXAMPLE_OPERATIONS } from '../../../src/server/exampleOperations';
import { everyConsortium } from '../everyConsortium';
import type { AttackCase, AttackTarget, TimedResponse } from '../harness';

/**
 * Documents built to make validation slow or to fan out over the graph, each within the 2,000-token limit. Each
 * must be refused (400, QUERY_TOO_COMPLEX) without holding up the probe: depth and cost are computed once per
 * fragment, and graphql-js's own rules have a work budget of their own.
 */

/** F0..F(n-1), each spreading the next under two fields: 2^n paths through n+1 fragments. */
export const fragmentDiamond = (n: number): string =>
  'query { organization(id: "kaist") { ...F0 } } ' +
  Array.from(
    { length: n },
    (_, i) => `fragment F${i} on Organization { parent { ...F${i + 1} } affiliates { ...F${i + 1} } }`,
  ).join(' ') +
  ` fragment F${n} on Organization { id }`;

/** A fragment of `width` list fields, spread `spreads` times under nested lists. */
const wideFragment = (width: number, spreads: number): string =>
  `{ consortia { members { organization { ${'...W '.repeat(spreads)} } } } } ` +
  `fragment W on Organization { ${'memberships { consortium { id } } '.repeat(width)} }`;

/** `depth` inline fragments nested in one another around a fan-out. */
const nestedInlineFragments = (depth: number): string =>
  `{ organization(id: "kaist") { ${'... on Organization { '.repeat(depth)} memberships { consortium { members { organization { memberships { consortium { id } } } } } } ${'} '.repeat(depth)} } }`;

/** `count` fields with the same response name and sub-selections to compare pairwise. */
const sameNameFields = (count: number): string =>
  `{ consortia { ${'members { organization { id } } '.repeat(count)} } }`;

/** The issue's fan-out: an organisation's consortia's members' consortia. */
const FAN_OUT =
  '{ organization(id: "kaist") { memberships { consortium { members { organization { memberships { consortium { id } } } } } } } }';

/**
 * The main question one list deeper, twice: the members of the hubs' consortia and their consortia. Answered
 * (MAX_COST raised) on the S graph it was 63 MB in 22 s and took the server to 1 GB.
 */
const HUB_FAN_OUT =
  '{ organizationsInMultipleConsortia(minConsortia: 2, first: 3) { consortia { id members { organization { id consortia { id } } } } } }';

const MAX_COST = loadConfig({}).MAX_COST;

/**
 * The ids benchQuestions needs, read from the target (the hubs, an organisation in one consortium, the largest
 * consortia) as bench/run.ts has them from the generator.
 */
async function benchGraphOf(target: AttackTarget): Promise<GeneratedGraph> {
  type Node = { id: string; consortiumCount: number };
  const page = (direction: string, first: number) =>
    target.gql<{ organizations: { totalCount: number; edges: Array<{ node: Node }> } }>(
      `{ organizations(filter: { minConsortia: 1 }, orderBy: { field: CONSORTIUM_COUNT, direction: ${direction} },
         first: ${first}) { totalCount edges { node { id consortiumCount } } } }`,
    );
  const hubs = (await page('DESC', 10)).body.data!.organizations;
  const typical = (await page('ASC', 1)).body.data!.organizations.edges[0]!.node;
  const consortia = (await everyConsortium(target)).sort((a, b) => b.memberCount - a.memberCount);
  return {
    organizations: hubs.totalCount,
    consortia: consortia.length,
    memberships: 0,
    affiliations: 0,
    maxOrganizationDegree: hubs.edges[0]!.node.consortiumCount,
    medianOrganizationDegree: typical.consortiumCount,
    largestConsortiumSize: consortia[0]!.memberCount,
    hubIds: hubs.edges.map((edge) => edge.node.id),
    typicalOrganizationId: typical.id,
    largestConsortiumIds: consortia.slice(0, 20).map((consortium) => consortium.id),
  };
}

/** Every operation a user is shown first: the benchmark's questions (API way) and the playground's examples. */
async function productOperations(
  target: AttackTarget,
): Promise<Array<{ name: string; query: string; variables?: Record<string, unknown> }>> {
  return [
    ...benchQuestions(await benchGraphOf(target)).map((question) => ({ name: question.name, ...question.api })),
    ...EXAMPLE_OPERATIONS.map((example) => ({
      name: `example: ${example.name}`,
      query: example.query,
      variables: example.variables ? (JSON.parse(example.variables) as Record<string, unknown>) : undefined,
    })),
  ];
}

function expectTooComplex(response: TimedResponse, limit: string): { status: number; note: string } {
  expect(response.status).toBe(400);
  expect(response.body.data).toBeUndefined();
  const error = response.body.errors?.find((e) => (e.extensions?.limit as { name?: string })?.name === limit);
  expect(error?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  return { status: response.status, note: `${limit}: ${error!.message.slice(0, 80)} (${Math.round(response.ms)} ms)` };
}

const refusedFor =
  (query: string, limit: string) =>
  async (target: AttackTarget): Promise<{ status: number; note: string }> =>
    expectTooComplex(await target.gql(query), limit);

export const cases: AttackCase[] = [
  { name: 'fragment diamond n=24', attack: refusedFor(fragmentDiamond(24), 'cost'), timeoutMs: 10_000 },
  { name: 'fragment diamond n=40', attack: refusedFor(fragmentDiamond(40), 'cost'), timeoutMs: 10_000 },
  {
    name: 'fragment diamond n=40, 10 in a row',
    attack: async (target) => {
      let last = { status: 0, note: '' };
      for (let round = 0; round < 10; round += 1)
        last = expectTooComplex(await target.gql(fragmentDiamond(40)), 'depth');
      return last;
    },
    timeoutMs: 20_000,
  },
  { name: 'wide fragment spread 40 times', attack: refusedFor(wideFragment(40, 40), 'cost'), timeoutMs: 10_000 },
  {
    name: 'inline fragments nested 150 deep',
    attack: refusedFor(nestedInlineFragments(150), 'cost'),
    timeoutMs: 10_000,
  },
  { name: '250 same-name fields', attack: refusedFor(sameNameFields(250), 'cost'), timeoutMs: 10_000 },
  {
    name: 'fan-out memberships → members → memberships',
    attack: async (target) => {
      const response = await target.gql(FAN_OUT);
      const outcome = expectTooComplex(response, 'cost');
      expect(response.body.errors![0]!.message).toMatch(
        new RegExp(`estimated cost of \\d+; the maximum is ${MAX_COST}\\.`),
      );
      return outcome;
    },
    timeoutMs: 10_000,
  },
  { name: 'fan-out below the main question', attack: refusedFor(HUB_FAN_OUT, 'cost'), timeoutMs: 10_000 },
  {
    name: 'bench questions and playground examples within MAX_COST',
    attack: async (target) => {
      const refused: string[] = [];
      const operations = await productOperations(target);
      for (const operation of operations) {
        const response = await target.gql(operation.query, operation.variables);
        const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
        if (codes.includes('QUERY_TOO_COMPLEX'))
          refused.push(`${operation.name}: ${response.body.errors![0]!.message}`);
      }
      expect(refused).toEqual([]);
      return { status: 200, note: `${operations.length} operations, none over MAX_COST ${MAX_COST}` };
    },
    timeoutMs: 120_000,
  },
  {
    name: '490 same-name fields (graphql-js budget)',
    attack: async (target) => {
      const response = await target.gql(`{ organization(id: "kaist") { ${'parent { id } '.repeat(490)} } }`);
      expect(response.status).toBe(400);
      expect(response.body.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
      return { status: response.status, note: `graphql-js budget spent (${Math.round(response.ms)} ms)` };
    },
    timeoutMs: 10_000,
  },
  {
    name: 'subscription operation',
    attack: async (target) => {
      const response = await target.gql('subscription { organization(id: "kaist") { id } }');
      expect(response.status).toBe(200);
      expect(response.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      return { status: response.status, note: response.body.errors![0]!.message };
    },
  },
];
