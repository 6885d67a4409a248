import {
  buildSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  specifiedRules,
  validate,
  type GraphQLError,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { GraphStats } from '../../src/db/reads/graphStats';
import { loadTypeDefs } from '../../src/graphql/schema';
import { costLimitRule, operationCost } from '../../src/server/limits/costLimit';
import { depthLimitRule } from '../../src/server/limits/depthLimit';
import { DEFAULT_GRAPH_STATS, largestSum, LIST_SIZES } from '../../src/server/limits/listSizes';
import { DEFAULT_QUERY_LIMITS, limitValidationRules } from '../../src/server/limits/queryLimits';
import { fragmentDiamond } from '../attack/cases/validation';

const schema = buildSchema(loadTypeDefs());

/** A rule whose ValidationContext counts getFragment calls: how often the rule walks into a fragment. */
function countingFragmentLookups(rule: ValidationRule, counter: { lookups: number }): ValidationRule {
  return (context: ValidationContext) => {
    const counting = new Proxy(context, {
      get(target, property) {
        if (property === 'getFragment') {
          return (name: string) => {
            counter.lookups += 1;
            return target.getFragment(name);
          };
        }
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    return rule(counting);
  };
}

const limitOf = (errors: readonly GraphQLError[], name: string) =>
  errors.find((error) => (error.extensions.limit as { name?: string } | undefined)?.name === name)?.extensions.limit as
    { found: number } | undefined;

describe('depth and cost walk each fragment once', () => {
  it.each([
    ['depth', () => depthLimitRule(8)],
    ['cost', () => costLimitRule(50_000)],
  ])('%s: a fragment diamond of n=40 (2^40 paths) looks each fragment up a bounded number of times', (_, make) => {
    const counter = { lookups: 0 };
    const errors = validate(schema, parse(fragmentDiamond(40)), [countingFragmentLookups(make(), counter)]);
    expect(errors).toHaveLength(1);
    // 41 fragments, each spread twice but walked once: one lookup per spread, 81 in all.
    expect(counter.lookups).toBeLessThanOrEqual(2 * 41);
  });

  it('still finds the depth and the cost through a diamond, as the walk of every path would', () => {
    const errors = validate(schema, parse(fragmentDiamond(40)), limitValidationRules(DEFAULT_QUERY_LIMITS));
    expect(limitOf(errors, 'depth')!.found).toBe(42);
    // Each level: parent (1 + below) + affiliates (1 + 1000 × below), with every size the default 1000.
    let below = 1; // fragment F40: { id }
    for (let level = 0; level < 40; level += 1) below = Math.min(1 + below + 1 + 1000 * below, Number.MAX_SAFE_INTEGER);
    expect(limitOf(errors, 'cost')!.found).toBe(Math.min(1 + below, Number.MAX_SAFE_INTEGER));
  });
});

/** Shapes built against validation, each within the 2,000-token limit. */
const ADVERSARIAL: Record<string, string> = {
  'diamond n=40': fragmentDiamond(40),
  'diamond n=90': fragmentDiamond(90),
  'one wide fragment spread 60 times': `{ consortia { members { organization { ${'...W '.repeat(60)} } } } } fragment W on Organization { ${'memberships { consortium { id } } '.repeat(40)} }`,
  'inline fragments nested 300 deep': `{ organization(id: "kaist") { ${'... on Organization { '.repeat(300)} id ${'} '.repeat(300)} } }`,
  '200 fragments in a chain': `{ organization(id: "kaist") { ...C0 } } ${Array.from({ length: 199 }, (_, i) => `fragment C${i} on Organization { ...C${i + 1} }`).join(' ')} fragment C199 on Organization { id }`,
  '120 operations sharing a fragment': `${Array.from({ length: 120 }, (_, i) => `query Q${i} { organization(id: "kaist") { ...A } }`).join(' ')} fragment A on Organization { id }`,
};

describe('validation of adversarial documents up to the token limit', () => {
  const rules = [...specifiedRules, ...limitValidationRules(DEFAULT_QUERY_LIMITS)];
  const timeOf = (query: string): number => {
    const document = parse(query, { maxTokens: DEFAULT_QUERY_LIMITS.maxTokens });
    const started = performance.now();
    validate(schema, document, rules);
    return performance.now() - started;
  };

  it.each(Object.entries(ADVERSARIAL))('%s validates in bounded time', (_, query) => {
    // Relative to a plain document of about the same size validated just before (warm), with a wide margin for a
    // shared machine: the exponential walk took 1.8 s at n=20 and would take days at n=40.
    const plain = `{ ${Array.from({ length: 150 }, (_unused, i) => `a${i}: organization(id: "kaist") { id name }`).join(' ')} }`;
    timeOf(plain);
    timeOf(query);
    const reference = Math.max(timeOf(plain), 5);
    expect(timeOf(query)).toBeLessThan(reference * 40);
  });
});

describe('list sizes', () => {
  it('knows every list field of the schema, or the field takes first', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Mutation') continue;
      for (const field of Object.values(type.getFields())) {
        const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
        const takesFirst = field.args.some((argument) => argument.name === 'first');
        if (isListType(unwrapped) && !takesFirst && !LIST_SIZES[`${type.name}.${field.name}`]) {
          missing.push(`${type.name}.${field.name}`);
        }
        // A connection's edges count as 1 because every field returning a connection takes `first`.
        if (getNamedType(field.type).name.endsWith('Connection')) expect(takesFirst).toBe(true);
      }
    }
    expect(missing).toEqual([]);
  });

  it('multiplies every list level of the fan-out by the graph maxima', () => {
    const stats: GraphStats = { ...DEFAULT_GRAPH_STATS, maxConsortiaPerOrganization: 7, maxMembersPerConsortium: 5 };
    const query =
      '{ organization(id: "x") { memberships { consortium { members { organization { memberships { consortium { id } } } } } } } }';
    const errors = validate(schema, parse(query), [costLimitRule(0, () => stats)]);
    // organization 1 + memberships (1 + 7 × consortium (1 + members (1 + 5 × organization (1 + memberships
    // (1 + 7 × consortium (1 + id 1)))))).
    const inner = 1 + 7 * (1 + 1);
    const members = 1 + 5 * (1 + inner);
    expect(limitOf(errors, 'cost')!.found).toBe(1 + (1 + 7 * (1 + members)));
  });
});

/** Prefix sums [0, d1, d1 + d2, …] of degrees given largest first, computed here. */
const prefixOf = (degrees: number[]): number[] =>
  degrees.reduce((sums, d) => [...sums, sums[sums.length - 1]! + d], [0]);
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** A small graph of 25 memberships: 6 organisations and 10 consortia, with these stored counts. */
const ORGANIZATION_DEGREES = [9, 7, 4, 2, 2, 1];
const CONSORTIUM_DEGREES = [6, 5, 3, 3, 2, 2, 1, 1, 1, 1];
const SMALL: GraphStats = {
  ...DEFAULT_GRAPH_STATS,
  organizations: 6,
  consortia: 10,
  maxConsortiaPerOrganization: 9,
  maxMembersPerConsortium: 6,
  consortiaPerOrganizationPrefix: prefixOf(ORGANIZATION_DEGREES),
  membersPerConsortiumPrefix: prefixOf(CONSORTIUM_DEGREES),
  maxDescendants: 2,
  // 3 organisations are parts of another (consortiumCount 4, 2, 1).
  affiliations: 3,
  consortiaPerPartPrefix: prefixOf([4, 2, 1]),
};

const costOf = (query: string, stats: GraphStats, variables?: Record<string, unknown>, caps = CAPS): number => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition')!;
  const fragments = document.definitions.filter((d) => d.kind === 'FragmentDefinition');
  return operationCost({
    schema,
    operation,
    fragment: (name) => fragments.find((f) => f.name.value === name),
    stats,
    variables,
    caps,
  });
};
const CAPS = { maxNetworkNodes: 50, maxNetworkEdges: 70 };

describe('totals across the answer', () => {
  it('sums the k largest degrees, and past the values read counts each as the last one', () => {
    const prefix = prefixOf([9, 7, 4]);
    expect([0, 1, 2, 3].map((k) => largestSum(prefix, k, 99))).toEqual([0, 9, 16, 20]);
    expect(largestSum(prefix, 5, 99)).toBe(20 + 2 * 4);
    expect(largestSum([0], 5, 99)).toBe(5 * 99);
  });

  it('counts the consortia of the rows of the main question as those of that many distinct organisations', () => {
    const query =
      '{ organizationsInMultipleConsortia(first: 4) { organization { id name } consortiumCount consortia { id name } } }';
    // 4 rows: 1 each for organization (+2), consortiumCount and consortia; their consortia are at most
    // 9 + 7 + 4 + 2 (not 4 × 9), each with 2 fields.
    const consortia = sum([9, 7, 4, 2]);
    expect(costOf(query, SMALL)).toBe(1 + 4 * (1 + 2) + 4 + 4 + consortia * 2);
    // The same through the row's organisation; past the 6 organisations there are, no more consortia.
    const through = '{ organizationsInMultipleConsortia(first: 100) { organization { consortia { id } } } }';
    expect(costOf(through, SMALL)).toBe(1 + 100 + 100 + sum(ORGANIZATION_DEGREES));
  });

  it('rolled up, counts each holder with up to maxDescendants parts, each part counted for one holder', () => {
    // With many consortia, so that a holder's own bound (9 × 3 rolled up) is not the smaller one.
    const stats = { ...SMALL, consortia: 100 };
    const query =
      '{ organizationsInMultipleConsortia(first: 2, includeAffiliates: true) { consortia { id } countedAffiliates { id } } }';
    // 2 holders: the 2 largest consortiumCounts, plus up to 2 × 2 parts of the 3 there are (4 + 2 + 1), not 2 × 27.
    const parts = 3;
    expect(costOf(query, stats)).toBe(1 + 2 + (9 + 7) + (4 + 2 + 1) + 2 + parts);
    const variable =
      'query ($a: Boolean!) { organizationsInMultipleConsortia(first: 1, includeAffiliates: $a) { consortia { id } } }';
    expect(costOf(variable, stats, { a: false })).toBe(1 + 1 + 9);
    expect(costOf(variable, stats, { a: true })).toBe(1 + 1 + 9 + (4 + 2));
    // At validation, which cannot see $a, as rolled up.
    expect(costOf(variable, stats)).toBe(1 + 1 + 9 + (4 + 2));
  });

  it('counts the members of distinct consortia as the largest memberCounts, and of repeated ones per parent', () => {
    // Every consortium: all 25 memberships.
    expect(costOf('{ consortia { members { role } } }', SMALL)).toBe(1 + 10 + sum(CONSORTIUM_DEGREES));
    // One organisation's consortia are distinct: its 9 consortia have at most the 9 largest memberCounts.
    expect(costOf('{ organization(id: "x") { consortia { members { role } } } }', SMALL)).toBe(
      1 + 1 + 9 + sum(CONSORTIUM_DEGREES.slice(0, 9)),
    );
    // Two organisations' consortia may be the same ones: 16 consortia, each up to 6 members.
    const two = '{ organizationsInMultipleConsortia(first: 2) { consortia { members { role } } } }';
    expect(costOf(two, SMALL)).toBe(1 + 2 + 16 + 16 * 6);
  });

  it('gives a fragment the cost of its selection written out, whatever level it is spread on', () => {
    const inline = `{ organizationsInMultipleConsortia(first: 3) { organization { consortia { members { role } } } }
      organization(id: "x") { consortia { members { role } } } consortia { members { role } } }`;
    const spread = `{ organizationsInMultipleConsortia(first: 3) { organization { ...C } } organization(id: "x") { ...C }
      consortia { members { role } } } fragment C on Organization { consortia { members { role } } }`;
    expect(costOf(spread, SMALL)).toBe(costOf(inline, SMALL));
  });

  it('counts a network as at most the caps its resolver enforces', () => {
    const query = '{ network { nodes { id label } edges { source target } } }';
    expect(costOf(query, { ...SMALL, organizations: 1000, memberships: 1000 })).toBe(1 + 1 + 50 * 2 + 1 + 70 * 2);
    // A graph smaller than the caps bounds the network itself: 6 + 10 nodes.
    expect(costOf('{ network { nodes { id } } }', SMALL)).toBe(1 + 1 + 16);
  });

  it('counts the overlaps of the consortia sent: their pairs share at most Σ (j−1)·m_j organisations', () => {
    const query = 'query ($ids: [ID!]) { consortiumOverlaps(consortia: $ids) { sharedCount shared { id } } }';
    // 3 consortia: 3 pairs, sharing at most 0·6 + 1·5 + 2·3 = 11.
    expect(costOf(query, SMALL, { ids: ['a', 'b', 'c'] })).toBe(1 + 3 + 3 + 11);
    // Left out or null: the 45 pairs of the 10 consortia, sharing at most Σ (j−1)·m_j (68).
    const shared = sum(CONSORTIUM_DEGREES.map((m, j) => j * m));
    expect(shared).toBe(68);
    expect(costOf(query, SMALL, {})).toBe(1 + 45 + 45 + shared);
    expect(costOf(query, SMALL, { ids: null })).toBe(1 + 45 + 45 + shared);
    // At validation, which cannot see the list: none (the recheck counts the list sent).
    expect(costOf(query, SMALL)).toBe(1);
    expect(costOf('{ consortiumOverlaps(consortia: ["a", "b"]) { sharedCount } }', SMALL)).toBe(1 + 1);
  });

  it("still multiplies the issue's fan-out below a level whose objects repeat", () => {
    const query =
      '{ organization(id: "x") { memberships { consortium { members { organization { memberships { consortium { id } } } } } } } }';
    // 9 memberships → 9 consortia → 9 × 6 members → 54 organisations, which may repeat → 54 × 9 memberships.
    const members = 9 * 6;
    const memberships = members * 9;
    expect(costOf(query, SMALL)).toBe(1 + 1 + 9 + 9 + members + members + memberships + memberships);
  });
});
