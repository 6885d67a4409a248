import {
  Kind,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLSchema,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type ValidationContext,
  type ValidationRule,
  valueFromASTUntyped,
} from 'graphql';
import type { GraphStats } from '../../db/reads/graphStats';
import { DEFAULT_CONNECTION_PAGE } from '../../graphql/connections';
import { MAX_PAGE_SIZE } from '../../graphql/userInput';
import { isIntrospectionRoot, limitExceeded } from './limitError';
import { DEFAULT_NETWORK_LIMITS } from '../../network/networkLimits';
import {
  ANSWER_TOTALS,
  DEFAULT_GRAPH_STATS,
  DISTINCT_ITEMS,
  LIST_SIZES,
  ONE_TO_ONE,
  UNKNOWN,
  UNKNOWN_LIST_SIZE,
  type AnswerCaps,
  type Level,
} from './listSizes';

/**
 * Rejects an operation whose estimated cost is over `maxCost`. The estimate bounds the number of values the
 * answer can hold, on the graph as `graphStats()` last measured it. It walks the operation level by level, each
 * level counting its objects across the whole answer (every parent together):
 *
 * - a field costs 1 per object it is asked on; a scalar list costs its values (an organisation's aliases);
 * - a field with a sub-selection costs that, plus its sub-selection on the objects it returns: for a single
 *   object as many as its parents; for a list, its parents times its length — its `first` where it takes one (a
 *   variable counts as the value sent when costRecheck.ts checks the request, and at validation, which cannot
 *   see values, as its default or the largest page), else the graph's largest such list or the cap its resolver
 *   enforces (LIST_SIZES) — or fewer where the data bounds the total (ANSWER_TOTALS): k distinct organisations
 *   hold at most the k largest consortiumCounts (`organizationsInMultipleConsortia(first: 100)` then costs the
 *   consortia the 100 largest hubs hold, not 100 times the largest), k distinct consortia the k largest
 *   memberCounts; and the rows of overlaps no more organisations than their pairs can share;
 * - objects repeat once a level has several parents (two organisations share a consortium), so below such a
 *   level every list multiplies by its per-parent length again, however deep;
 * - a connection's `edges` are the `first` or `last` of the field that returned the connection (its default page
 *   when neither is given), counted there;
 * - `__schema` and `__type` subtrees cost nothing.
 *
 * The graph can grow between two reads of its sizes (see graphStatsCache.ts), by what one refresh interval
 * writes; before the first read succeeds every size is taken as the largest page (DEFAULT_GRAPH_STATS).
 * A fragment's cost is computed once per operation for each distinct level it is spread on and once per object
 * for the rest (below a level with repeats the cost is linear in the count), so a fragment spread from many
 * places is walked a bounded number of times.
 */
export function costLimitRule(
  maxCost: number,
  graphStats: () => GraphStats = () => DEFAULT_GRAPH_STATS,
  caps: AnswerCaps = DEFAULT_NETWORK_LIMITS,
): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const cost = operationCost({
        schema,
        operation,
        fragment: (name) => context.getFragment(name),
        stats: graphStats(),
        caps,
      });
      if (cost > maxCost) context.reportError(costExceeded(operation, cost, maxCost));
    },
  });
}

/** What `operationCost` reads: the operation, its document's fragments, the graph's sizes and, once known, the variables. */
export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragment: (name: string) => FragmentDefinitionNode | null | undefined;
  stats: GraphStats;
  /**
   * The request's variables; without them a `first` given by a variable counts as its default or the largest
   * page, and a list of consortia given by one as empty (the recheck, which has them, counts the list sent).
   */
  variables?: Readonly<Record<string, unknown>>;
  /** The answer caps the resolvers enforce; DEFAULT_NETWORK_LIMITS' when omitted. */
  caps?: AnswerCaps;
}

/** The estimated cost of one operation (see costLimitRule); 0 for an operation type the schema does not serve. */
export function operationCost(input: CostInput): number {
  const root = rootType(input.schema, input.operation);
  if (!root) return 0;
  const walk: Walk = {
    ...input,
    caps: input.caps ?? DEFAULT_NETWORK_LIMITS,
    fragments: new Map(),
    fragmentCosts: new Map(),
    visiting: new Set(),
  };
  return selectionCost(input.operation.selectionSet, root, { total: 1, distinct: true }, walk);
}

/** The error of an operation over the cost limit: QUERY_TOO_COMPLEX naming the estimate and the maximum. */
export function costExceeded(operation: OperationDefinitionNode, cost: number, maxCost: number): GraphQLError {
  const name = operation.name ? ` ${operation.name.value}` : '';
  return limitExceeded(
    { name: 'cost', max: maxCost, found: cost },
    `Query${name} has an estimated cost of ${cost}; the maximum is ${maxCost}. ` +
      'Ask for smaller pages (first) or fewer nested lists.',
    [operation],
  );
}

interface Walk extends CostInput {
  caps: AnswerCaps;
  /** Each fragment's definition, looked up once. */
  fragments: Map<string, FragmentDefinitionNode | null>;
  /** Costs of fragments already walked, keyed by fragment and level (see fragmentCost). */
  fragmentCosts: Map<string, number>;
  /** Fragments being walked: a cycle (reported by NoFragmentCyclesRule) costs 0 where it closes. */
  visiting: Set<string>;
}

/** Costs saturate here, so that a document of nested lists gives a readable number rather than Infinity. */
const COST_CEILING = Number.MAX_SAFE_INTEGER;
const add = (a: number, b: number): number => Math.min(a + b, COST_CEILING);
const times = (a: number, b: number): number => Math.min(a * b, COST_CEILING);

/**
 * One object standing for each of a level's objects where they may repeat: below it every size is a per-parent
 * product, so a selection's cost there is its cost on this level times the count.
 */
const PER_OBJECT: Level = Object.freeze({ total: 1, distinct: false });
const isPerObject = (level: Level): boolean => !level.distinct && !level.listTotals;

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLCompositeType | null {
  if (operation.operation === 'query') return schema.getQueryType() ?? null;
  if (operation.operation === 'mutation') return schema.getMutationType() ?? null;
  return schema.getSubscriptionType() ?? null;
}

function selectionCost(
  selectionSet: SelectionSetNode | undefined,
  parentType: GraphQLCompositeType,
  level: Level,
  walk: Walk,
): number {
  if (!selectionSet) return 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost = add(cost, fieldCost(selection, parentType, level, walk));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? walk.schema.getType(typeName) : parentType;
      if (type && isCompositeType(type)) cost = add(cost, selectionCost(selection.selectionSet, type, level, walk));
    } else {
      cost = add(cost, fragmentCost(selection.name.value, level, walk));
    }
  }
  return cost;
}

/** A fragment's cost on `level`: walked once per distinct level, and once per object where objects repeat. */
function fragmentCost(name: string, level: Level, walk: Walk): number {
  if (isPerObject(level) && level !== PER_OBJECT) return times(level.total, fragmentCost(name, PER_OBJECT, walk));
  const key = isPerObject(level)
    ? `${name} per object`
    : `${name} ${level.total} ${JSON.stringify(level.listTotals ?? {})}`;
  const known = walk.fragmentCosts.get(key);
  if (known !== undefined) return known;
  if (!walk.fragments.has(name)) walk.fragments.set(name, walk.fragment(name) ?? null);
  const fragment = walk.fragments.get(name);
  if (!fragment || walk.visiting.has(name)) return 0;
  const type = walk.schema.getType(fragment.typeCondition.name.value);
  if (!type || !isCompositeType(type)) return 0;
  walk.visiting.add(name);
  const cost = selectionCost(fragment.selectionSet, type, level, walk);
  walk.visiting.delete(name);
  walk.fragmentCosts.set(key, cost);
  return cost;
}

function fieldCost(field: FieldNode, parentType: GraphQLCompositeType, level: Level, walk: Walk): number {
  const name = field.name.value;
  if (isIntrospectionRoot(name)) return 0;
  const definition = fieldDefinition(parentType, name);
  if (!definition) return level.total; // unknown fields are reported by FieldsOnCorrectTypeRule
  const child = childLevel(field, `${parentType.name}.${name}`, definition, level, walk);
  if (!isCompositeType(getNamedType(definition.type))) return isList(definition.type) ? child.total : level.total;
  return add(
    level.total,
    selectionCost(field.selectionSet, getNamedType(definition.type) as GraphQLCompositeType, child, walk),
  );
}

/** The objects a field returns across the answer, from the objects it is asked on (see costLimitRule). */
function childLevel(
  field: FieldNode,
  key: string,
  definition: GraphQLField<unknown, unknown>,
  parent: Level,
  walk: Walk,
): Level {
  const perObject = isPerObject(parent);
  const page = firstArgument(field, definition, walk);
  if (!isList(definition.type) && page === undefined) {
    return {
      total: parent.total,
      distinct: !perObject && (parent.total <= 1 || (parent.distinct && ONE_TO_ONE.has(key))),
    };
  }
  const sized = {
    stats: walk.stats,
    caps: walk.caps,
    parent,
    page,
    argument: (argumentName: string) => argumentValue(field, argumentName, walk),
  };
  const sizer = LIST_SIZES[key];
  const length = page ?? (sizer ? Math.max(0, sizer(sized)) : UNKNOWN_LIST_SIZE);
  const better = perObject ? undefined : ANSWER_TOTALS[key]?.(sized);
  let total = times(parent.total, length);
  if (better?.total !== undefined) total = Math.min(total, Math.max(0, better.total));
  const known = parent.listTotals?.[definition.name];
  if (known !== undefined) total = Math.min(total, known);
  const distinct =
    !perObject &&
    (total <= 1 || (parent.total <= 1 && DISTINCT_ITEMS.has(key)) || (parent.distinct && ONE_TO_ONE.has(key)));
  return better?.listTotals ? { total, distinct, listTotals: better.listTotals } : { total, distinct };
}

function fieldDefinition(parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(parentType) || isInterfaceType(parentType)) return parentType.getFields()[name];
  return undefined;
}

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/**
 * An argument's value as the resolver gets it: undefined when left out (or given by a variable not sent and
 * without a default), UNKNOWN when given by a variable at validation.
 */
function argumentValue(field: FieldNode, name: string, walk: Walk): unknown {
  const given = field.arguments?.find((argument) => argument.name.value === name)?.value;
  if (!given) return undefined;
  if (given.kind !== Kind.VARIABLE) return valueFromASTUntyped(given, walk.variables);
  if (!walk.variables) return UNKNOWN;
  if (Object.hasOwn(walk.variables, given.name.value)) return walk.variables[given.name.value];
  const variable = walk.operation.variableDefinitions?.find((v) => v.variable.name.value === given.name.value);
  return variable?.defaultValue ? valueFromASTUntyped(variable.defaultValue) : undefined;
}

/**
 * The page size a field asks for, between 1 and MAX_PAGE_SIZE: its `last` where given (a connection read from its
 * end), else its `first`; for a connection given neither, its default page. Undefined if it takes no `first`.
 */
function firstArgument(field: FieldNode, definition: GraphQLField<unknown, unknown>, walk: Walk): number | undefined {
  const first = definition.args.find((argument) => argument.name === 'first');
  if (!first) return undefined;
  const last = definition.args.find((argument) => argument.name === 'last');
  const given = (name: string) => field.arguments?.find((argument) => argument.name.value === name)?.value;
  const lastGiven = last ? given('last') : undefined;
  if (lastGiven) return pageSizeOf(lastGiven, walk, MAX_PAGE_SIZE);
  const firstGiven = given('first');
  if (firstGiven) return pageSizeOf(firstGiven, walk, MAX_PAGE_SIZE);
  if (typeof first.defaultValue === 'number') return clampPage(first.defaultValue);
  return last ? DEFAULT_CONNECTION_PAGE : MAX_PAGE_SIZE;
}

/** The size a `first` or `last` argument's value asks for; `fallback` where nothing tells. */
function pageSizeOf(given: ValueNode, walk: Walk, fallback: number): number {
  if (given.kind === Kind.INT) return clampPage(Number(given.value));
  if (given.kind !== Kind.VARIABLE) return clampPage(fallback);
  const sent = walk.variables?.[given.name.value];
  const variable = walk.operation.variableDefinitions?.find((v) => v.variable.name.value === given.name.value);
  const declared = variable?.defaultValue;
  if (typeof sent === 'number') return clampPage(sent);
  // null: the resolver's own default, at most a page
  if (walk.variables && sent === null) return MAX_PAGE_SIZE;
  return clampPage(declared?.kind === Kind.INT ? Number(declared.value) : MAX_PAGE_SIZE);
}

const clampPage = (size: number): number =>
  Math.min(Math.max(Number.isFinite(size) ? size : MAX_PAGE_SIZE, 1), MAX_PAGE_SIZE);
