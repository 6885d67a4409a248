import { Kind, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';
import { MAX_PAGE_SIZE } from '../../graphql/userInput';
import { limitExceeded } from './limitError';

/**
 * Rejects a literal `first` or `last` outside 1..MAX_PAGE_SIZE before anything runs, with the resolvers'
 * own wording and code (BAD_USER_INPUT). A `first` or `last` given by a variable is checked by the resolver.
 */
export function pageSizeLimitRule(): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Argument(argument) {
      const name = argument.name.value;
      if ((name !== 'first' && name !== 'last') || argument.value.kind !== Kind.INT) return;
      const size = Number(argument.value.value);
      if (size >= 1 && size <= MAX_PAGE_SIZE) return;
      context.reportError(
        limitExceeded(
          { name: 'first', max: MAX_PAGE_SIZE, found: size },
          `${name} must be between 1 and ${MAX_PAGE_SIZE}, got ${argument.value.value}`,
          [argument],
        ),
      );
    },
  });
}
