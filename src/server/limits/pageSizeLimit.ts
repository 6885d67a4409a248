import { Kind, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';
import { MAX_PAGE_SIZE } from '../../graphql/userInput';
import { limitExceeded } from './limitError';

/**
 * Rejects a literal `first` outside 1..MAX_PAGE_SIZE before anything runs, with the resolvers'
 * own wording and code (BAD_USER_INPUT). A `first` given by a variable is checked by the resolver.
 */
export function pageSizeLimitRule(): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Argument(argument) {
      if (argument.name.value !== 'first' || argument.value.kind !== Kind.INT) return;
      const size = Number(argument.value.value);
      if (size >= 1 && size <= MAX_PAGE_SIZE) return;
      context.reportError(
        limitExceeded(
          { name: 'first', max: MAX_PAGE_SIZE, found: size },
          `first must be between 1 and ${MAX_PAGE_SIZE}, got ${argument.value.value}`,
          [argument],
        ),
      );
    },
  });
}
