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
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { GraphStats } from '../../db/reads/graphStats';
import { MAX_PAGE_SIZE } from '../../graphql/userInput';
import { isIntrospectionRoot, limitExceeded } from './limitError';
import { DEFAULT_GRAPH_STATS, LIST_SIZES, UNKNOWN_LIST_SIZE } from './listSizes';

/**
 * Rejects an operation whose estimated cost is over `maxCost`. The estimate bounds the number of values the
 * answer can hold, on the graph as `graphStats()` last measured it:
 *
 * - every field costs 1; a scalar list costs its longest length (an organisation's aliases);
 * - a field with a sub-selection costs 1 plus its sub-selection times the length of its list: its `first`
 *   argument where it takes one (a variable counts as the value sent when costRecheck.ts checks the request,
 *   and at validation, which cannot see values, as its default or the largest page), else
 *   the graph's largest such list (LIST_SIZES: a consortium's members count as the largest memberCount stored,
 *   `sources` at the root as the number of sources); 1 for a single object;
 * - every list level multiplies, however deep; the one exception is a connection's `edges`, whose length is the
 *   `first` of the field that returned the connection, counted there;
 * - `__schema` and `__type` subtrees cost nothing.
 *
 * The graph can grow between two reads of its sizes (see graphStatsCache.ts), by what one refresh interval
 * writes; before the first read succeeds every size is taken as the largest page (DEFAULT_GRAPH_STATS).
 * Each fragment's cost is computed once per operation, so a fragment spread from many places costs its size once.
 */
export function costLimitRule(
  maxCost: number,
  graphStats: () => GraphStats = () => DEFAULT_GRAPH_STATS,
): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const cost = operationCost({
        schema,
        operation,
        fragment: (name) => context.getFragment(name),
        stats: graphStats(),
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
  /** The request's variables; without them a `first` given by a variable counts as its default or the largest page. */
  variables?: Readonly<Record<string, unknown>>;
}

/** The estimated cost of one operation (see costLimitRule); 0 for an operation type the schema does not serve. */
export function operationCost(input: CostInput): number {
  const root = rootType(input.schema, input.operation);
  if (!root) return 0;
  return selectionCost(input.operation.selectionSet, root, { ...input, fragmentCosts: new Map(), visiting: new Set() });
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
  /** The cost of each fragment's selection in this operation, once known. */
  fragmentCosts: Map<string, number>;
  /** Fragments being walked: a cycle (reported by NoFragmentCyclesRule) costs 0 where it closes. */
  visiting: Set<string>;
}

/** Costs saturate here, so that a document of nested lists gives a readable number rather than Infinity. */
const COST_CEILING = Number.MAX_SAFE_INTEGER;
const add = (a: number, b: number): number => Math.min(a + b, COST_CEILING);
const times = (a: number, b: number): number => Math.min(a * b, COST_CEILING);

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLCompositeType | null {
  if (operation.operation === 'query') return schema.getQueryType() ?? null;
  if (operation.operation === 'mutation') return schema.getMutationType() ?? null;
  return schema.getSubscriptionType() ?? null;
}

function selectionCost(
  selectionSet: SelectionSetNode | undefined,
  parentType: GraphQLCompositeType,
  walk: Walk,
): number {
  if (!selectionSet) return 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost = add(cost, fieldCost(selection, parentType, walk));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? walk.schema.getType(typeName) : parentType;
      if (type && isCompositeType(type)) cost = add(cost, selectionCost(selection.selectionSet, type, walk));
    } else {
      cost = add(cost, fragmentCost(selection.name.value, walk));
    }
  }
  return cost;
}

function fragmentCost(name: string, walk: Walk): number {
  const known = walk.fragmentCosts.get(name);
  if (known !== undefined) return known;
  const fragment = walk.fragment(name);
  if (!fragment || walk.visiting.has(name)) return 0;
  const type = walk.schema.getType(fragment.typeCondition.name.value);
  if (!type || !isCompositeType(type)) return 0;
  walk.visiting.add(name);
  const cost = selectionCost(fragment.selectionSet, type, walk);
  walk.visiting.delete(name);
  walk.fragmentCosts.set(name, cost);
  return cost;
}

function fieldCost(field: FieldNode, parentType: GraphQLCompositeType, walk: Walk): number {
  const name = field.name.value;
  if (isIntrospectionRoot(name)) return 0;
  const definition = fieldDefinition(parentType, name);
  if (!definition) return 1; // unknown fields are reported by FieldsOnCorrectTypeRule
  const childType = getNamedType(definition.type);
  const length = firstArgument(field, definition, walk) ?? listLength(field, parentType, definition, walk.stats);
  if (!isCompositeType(childType)) return length;
  return add(1, times(length, selectionCost(field.selectionSet, childType, walk)));
}

function fieldDefinition(parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(parentType) || isInterfaceType(parentType)) return parentType.getFields()[name];
  return undefined;
}

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/** How many items a field without `first` answers: 1 for a single object, else the graph's largest such list. */
function listLength(
  field: FieldNode,
  parentType: GraphQLCompositeType,
  definition: GraphQLField<unknown, unknown>,
  stats: GraphStats,
): number {
  if (!isList(definition.type)) return 1;
  const sizer = LIST_SIZES[`${parentType.name}.${definition.name}`];
  if (!sizer) return UNKNOWN_LIST_SIZE;
  const literalArgument = (argumentName: string) =>
    field.arguments?.find((argument) => argument.name.value === argumentName && argument.value.kind !== Kind.VARIABLE)
      ?.value;
  return Math.max(0, sizer({ stats, literalArgument }));
}

/** The page size a field asks for, between 1 and MAX_PAGE_SIZE; undefined if it takes no `first`. */
function firstArgument(field: FieldNode, definition: GraphQLField<unknown, unknown>, walk: Walk): number | undefined {
  const argumentDefinition = definition.args.find((argument) => argument.name === 'first');
  if (!argumentDefinition) return undefined;
  const given = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
  let size: number;
  if (!given) {
    size = typeof argumentDefinition.defaultValue === 'number' ? argumentDefinition.defaultValue : MAX_PAGE_SIZE;
  } else if (given.kind === Kind.INT) {
    size = Number(given.value);
  } else if (given.kind === Kind.VARIABLE) {
    const sent = walk.variables?.[given.name.value];
    const variable = walk.operation.variableDefinitions?.find((v) => v.variable.name.value === given.name.value);
    const fallback = variable?.defaultValue;
    if (typeof sent === 'number') size = sent;
    else if (walk.variables && sent === null)
      size = MAX_PAGE_SIZE; // null: the resolver's own default, at most a page
    else size = fallback?.kind === Kind.INT ? Number(fallback.value) : MAX_PAGE_SIZE;
  } else {
    size = MAX_PAGE_SIZE;
  }
  return Math.min(Math.max(Number.isFinite(size) ? size : MAX_PAGE_SIZE, 1), MAX_PAGE_SIZE);
}
