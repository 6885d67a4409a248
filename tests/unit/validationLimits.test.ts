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
import { costLimitRule } from '../../src/server/limits/costLimit';
import { depthLimitRule } from '../../src/server/limits/depthLimit';
import { DEFAULT_GRAPH_STATS, LIST_SIZES } from '../../src/server/limits/listSizes';
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
