import type { ASTVisitor, ValidationContext, ValidationRule } from 'graphql';
import { limitExceeded } from './limitError';

/**
 * Rejects a document with more than `maxAliases` aliased fields. Counted over the whole document
 * (operations and fragments), which is what one request sends.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > maxAliases) {
            context.reportError(
              limitExceeded(
                { name: 'aliases', max: maxAliases, found: aliases },
                `The document uses ${aliases} aliases; at most ${maxAliases} are allowed.`,
              ),
            );
          }
        },
      },
    };
  };
}

/** Rejects a document with more than `maxDirectives` directive uses (`@include`, `@skip`, ...). */
export function directiveLimitRule(maxDirectives: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let directives = 0;
    return {
      Directive() {
        directives += 1;
      },
      Document: {
        leave() {
          if (directives > maxDirectives) {
            context.reportError(
              limitExceeded(
                { name: 'directives', max: maxDirectives, found: directives },
                `The document uses ${directives} directives; at most ${maxDirectives} are allowed.`,
              ),
            );
          }
        },
      },
    };
  };
}
