import {
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { isIntrospectionRoot, limitExceeded } from './limitError';

/**
 * Rejects an operation whose fields nest deeper than `maxDepth` (`{ a { b } }` is depth 2).
 * Fragments count where they are spread; `__schema` and `__type` subtrees do not count.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = selectionDepth(operation.selectionSet, context, new Set());
      if (depth > maxDepth) {
        const name = operation.name ? ` ${operation.name.value}` : '';
        context.reportError(
          limitExceeded(
            { name: 'depth', max: maxDepth, found: depth },
            `Query${name} is nested ${depth} levels deep; the maximum depth is ${maxDepth}.`,
            [operation],
          ),
        );
      }
    },
  });
}

/** The depth of a selection set; `visiting` guards against fragment cycles (reported by another rule). */
function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  context: ValidationContext,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (isIntrospectionRoot(selection.name.value)) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, context, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, context, visiting));
    } else {
      deepest = Math.max(deepest, fragmentDepth(context.getFragment(selection.name.value), context, visiting));
    }
  }
  return deepest;
}

function fragmentDepth(
  fragment: FragmentDefinitionNode | null | undefined,
  context: ValidationContext,
  visiting: Set<string>,
): number {
  if (!fragment || visiting.has(fragment.name.value)) return 0;
  visiting.add(fragment.name.value);
  const depth = selectionDepth(fragment.selectionSet, context, visiting);
  visiting.delete(fragment.name.value);
  return depth;
}
