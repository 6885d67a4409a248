import type { ASTVisitor, FieldNode, ValidationContext, ValidationRule } from 'graphql';
import { limitExceeded } from './limitError';

/**
 * Rejects a document with more than `maxAliases` aliased fields. Counted over the whole document
 * (operations and fragments), which is what one request sends.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return documentCountRule('aliases', maxAliases, (count) => ({
    Field(field: FieldNode) {
      if (field.alias) count();
    },
  }));
}

/** Rejects a document with more than `maxDirectives` directive uses (`@include`, `@skip`, ...). */
export function directiveLimitRule(maxDirectives: number): ValidationRule {
  return documentCountRule('directives', maxDirectives, (count) => ({
    Directive() {
      count();
    },
  }));
}

/**
 * The rule both limits share: count what `visitor` counts over the whole document, and report one error naming
 * `name`, the limit and the count when the document is left with more than `max`.
 */
function documentCountRule(
  name: 'aliases' | 'directives',
  max: number,
  visitor: (count: () => void) => ASTVisitor,
): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let found = 0;
    return {
      // A visitor that returns a value replaces the node it visits: the counter returns nothing.
      ...visitor(() => {
        found += 1;
      }),
      Document: {
        leave() {
          if (found > max) {
            context.reportError(
              limitExceeded({ name, max, found }, `The document uses ${found} ${name}; at most ${max} are allowed.`),
            );
          }
        },
      },
    };
  };
}
