import { GraphQLError, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Rejects an operation of a type the schema does not serve (here `subscription`: there is no Subscription type),
 * as a validation error (HTTP 400, GRAPHQL_VALIDATION_FAILED). graphql-js 16 only finds out when executing and
 * throws, which Apollo answered as an internal error; the newer GraphQL spec makes it a validation rule
 * ("Operation Type Existence", graphql-js 17's KnownOperationTypesRule): the document is well-formed but asks
 * for something this schema does not have, like an unknown field.
 */
export const servedOperationTypesRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(operation) {
    const schema = context.getSchema();
    const root =
      operation.operation === 'query'
        ? schema.getQueryType()
        : operation.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (root) return;
    const served = [schema.getQueryType() && 'query', schema.getMutationType() && 'mutation'].filter(Boolean);
    context.reportError(
      new GraphQLError(`This API does not serve ${operation.operation} operations; send a ${served.join(' or a ')}.`, {
        nodes: [operation],
      }),
    );
  },
});
