import { Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { isIntrospectionRoot, limitExceeded } from './limitError';

/**
 * Rejects an operation whose fields nest deeper than `maxDepth` (`{ a { b } }` is depth 2).
 * Fragments count where they are spread; `__schema` and `__type` subtrees do not count.
 * Each fragment's depth is computed once per document, so a fragment spread from many places (a "diamond" of
 * fragments each spreading the next twice) costs its size once, not once per path: linear in the document.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const walk: DepthWalk = { context, fragmentDepths: new Map(), visiting: new Set() };
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, walk);
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
    };
  };
}

interface DepthWalk {
  context: ValidationContext;
  /** The depth of each fragment's selection, once known (shared by the operations of the document). */
  fragmentDepths: Map<string, number>;
  /** Fragments being walked: a cycle (reported by NoFragmentCyclesRule) counts 0 where it closes. */
  visiting: Set<string>;
}

function selectionDepth(selectionSet: SelectionSetNode | undefined, walk: DepthWalk): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (isIntrospectionRoot(selection.name.value)) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, walk));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, walk));
    } else {
      deepest = Math.max(deepest, fragmentDepth(selection.name.value, walk));
    }
  }
  return deepest;
}

function fragmentDepth(name: string, walk: DepthWalk): number {
  const known = walk.fragmentDepths.get(name);
  if (known !== undefined) return known;
  const fragment = walk.context.getFragment(name);
  if (!fragment || walk.visiting.has(name)) return 0;
  walk.visiting.add(name);
  const depth = selectionDepth(fragment.selectionSet, walk);
  walk.visiting.delete(name);
  walk.fragmentDepths.set(name, depth);
  return depth;
}
