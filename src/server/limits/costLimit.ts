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
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../../graphql/userInput';
import { isIntrospectionRoot, limitExceeded } from './limitError';

/** The size assumed for a list field that takes no `first` (members, sources, facts...). */
export const ASSUMED_LIST_SIZE = 10;

/**
 * Rejects an operation whose estimated cost is over `maxCost`. Every field costs 1; the cost of
 * its sub-selection is multiplied by its `first` argument (a variable counts as its default, or
 * the largest page if it has none), or by ASSUMED_LIST_SIZE for a list without `first`. The
 * list right under a paginated field (a connection's `edges`) is already counted by that `first`.
 * `__schema` and `__type` subtrees cost nothing.
 */
export function costLimitRule(maxCost: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = rootType(context, operation);
      if (!root) return;
      const cost = selectionCost(operation.selectionSet, root, false, { context, operation, visiting: new Set() });
      if (cost > maxCost) {
        const name = operation.name ? ` ${operation.name.value}` : '';
        context.reportError(
          limitExceeded(
            { name: 'cost', max: maxCost, found: cost },
            `Query${name} has an estimated cost of ${cost}; the maximum is ${maxCost}. ` +
              'Ask for smaller pages (first) or fewer nested lists.',
            [operation],
          ),
        );
      }
    },
  });
}

interface Walk {
  context: ValidationContext;
  operation: OperationDefinitionNode;
  visiting: Set<string>;
}

function rootType(context: ValidationContext, operation: OperationDefinitionNode): GraphQLCompositeType | null {
  const schema = context.getSchema();
  if (operation.operation === 'query') return schema.getQueryType() ?? null;
  if (operation.operation === 'mutation') return schema.getMutationType() ?? null;
  return schema.getSubscriptionType() ?? null;
}

/** `paginatedParent`: the selection belongs to a field that took `first`. */
function selectionCost(
  selectionSet: SelectionSetNode | undefined,
  parentType: GraphQLCompositeType,
  paginatedParent: boolean,
  walk: Walk,
): number {
  if (!selectionSet) return 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(selection, parentType, paginatedParent, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? walk.context.getSchema().getType(typeName) : parentType;
      if (type && isCompositeType(type)) cost += selectionCost(selection.selectionSet, type, paginatedParent, walk);
    } else {
      const fragment = walk.context.getFragment(selection.name.value);
      if (!fragment || walk.visiting.has(fragment.name.value)) continue;
      const type = walk.context.getSchema().getType(fragment.typeCondition.name.value);
      if (!type || !isCompositeType(type)) continue;
      walk.visiting.add(fragment.name.value);
      cost += selectionCost(fragment.selectionSet, type, paginatedParent, walk);
      walk.visiting.delete(fragment.name.value);
    }
  }
  return cost;
}

function fieldCost(field: FieldNode, parentType: GraphQLCompositeType, paginatedParent: boolean, walk: Walk): number {
  const name = field.name.value;
  if (isIntrospectionRoot(name)) return 0;
  const definition = fieldDefinition(parentType, name);
  if (!definition) return 1; // unknown fields are reported by FieldsOnCorrectTypeRule
  const childType = getNamedType(definition.type);
  if (!isCompositeType(childType)) return 1;
  const first = firstArgument(field, definition, walk);
  const multiplier = first ?? (isList(definition.type) && !paginatedParent ? ASSUMED_LIST_SIZE : 1);
  return 1 + multiplier * selectionCost(field.selectionSet, childType, first !== undefined, walk);
}

function fieldDefinition(parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(parentType) || isInterfaceType(parentType)) return parentType.getFields()[name];
  return undefined;
}

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

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
    const variable = walk.operation.variableDefinitions?.find((v) => v.variable.name.value === given.name.value);
    const fallback = variable?.defaultValue;
    size = fallback?.kind === Kind.INT ? Number(fallback.value) : MAX_PAGE_SIZE;
  } else {
    size = MAX_PAGE_SIZE;
  }
  return Math.min(Math.max(Number.isFinite(size) ? size : MAX_PAGE_SIZE, 1), MAX_PAGE_SIZE);
}
