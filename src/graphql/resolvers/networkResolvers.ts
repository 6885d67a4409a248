import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors';
import type { NetworkNode as GraphQLNetworkNode, QueryResolvers } from '../generated/resolvers';
import { buildNetwork } from '../../network/buildNetwork';
import { MeasureBusyError, MeasureTimeoutError } from '../../network/measurePool';
import { DEFAULT_NETWORK_LIMITS, MeasureBudgetError, NetworkAnswerTooLargeError } from '../../network/networkLimits';
import {
  checkMinWeight,
  checkNetworkOptions,
  DEFAULT_NETWORK_OPTIONS,
  NetworkOptionsError,
} from '../../network/networkOptions';
import { NETWORK_MEASURES, type NetworkMeasure, type NetworkNode } from '../../network/networkTypes';
import { fieldsAt, subfields, type SelectionInfo } from '../lookahead';
import { badUserInput } from '../userInput';
import { existingIdList } from '../filterArguments';

/**
 * Query.network: the membership graph as nodes with measures and edges (see schema/network.graphql). Only the
 * measures the selection of `nodes` names are computed: betweenness (O(V·E)) and community (Louvain) cost most of
 * the time of a large network, run in a measure worker, and are refused above MAX_MEASURED_NETWORK_NODES or (for
 * betweenness) MAX_MEASURE_WORK; degree and weightedDegree are counted over the edges. An answer over
 * MAX_NETWORK_NODES or MAX_NETWORK_EDGES is refused, pointing to the streamed export. The limits come from the
 * context (the server's configuration).
 */
export const network: NonNullable<QueryResolvers['network']> = async (
  _root,
  args,
  { db, loaders, networkLimits },
  info,
) => {
  const sources = await existingIdList('sources', args.sources, loaders.source, 'sourcesConnection');
  try {
    const result = await buildNetwork(
      db,
      checkNetworkOptions({
        projection: args.projection ?? DEFAULT_NETWORK_OPTIONS.projection,
        consortia: args.consortia ?? null,
        kinds: args.kinds ?? null,
        minWeight: args.minWeight == null ? null : checkMinWeight(args.minWeight),
        includeAffiliations: args.includeAffiliations ?? false,
        includeAffiliates: args.includeAffiliates ?? false,
        activeOnly: args.activeOnly ?? false,
        asOf: args.asOf ?? null,
        sources,
        labelLanguage: args.labelLanguage ?? DEFAULT_NETWORK_OPTIONS.labelLanguage,
        measures: selectedMeasures(info),
      }),
      networkLimits ?? DEFAULT_NETWORK_LIMITS,
      'graphql',
    );
    return { projection: result.projection, nodes: result.nodes.map(asSelected), edges: result.edges };
  } catch (error) {
    throw asClientError(error);
  }
};

/**
 * The refusals of the network builder as the client sees them (docs/errors.md): a limit the network is over is
 * QUERY_TOO_COMPLEX with `extensions.limit` (as the query limits answer); a measure worker past its deadline
 * MEASURE_TIMEOUT; no worker free MEASURE_BUSY with `extensions.retryAfterSeconds`; a bad argument BAD_USER_INPUT.
 * Field errors, so HTTP 200 as for any other (the exports answer 503 and 429).
 */
function asClientError(error: unknown): unknown {
  if (error instanceof MeasureBudgetError) {
    return tooComplex(error.message, { name: 'MAX_MEASURE_WORK', max: error.budget, found: error.work });
  }
  if (error instanceof NetworkAnswerTooLargeError) {
    return tooComplex(error.message, { name: error.limitName, max: error.limit, found: error.found });
  }
  if (error instanceof NetworkOptionsError) return badUserInput(error.message);
  if (error instanceof MeasureTimeoutError) {
    return new GraphQLError(error.message, {
      extensions: { code: ErrorCode.MEASURE_TIMEOUT, timeoutMs: error.timeoutMs },
    });
  }
  if (error instanceof MeasureBusyError) {
    return new GraphQLError(error.message, {
      extensions: { code: ErrorCode.MEASURE_BUSY, retryAfterSeconds: error.retryAfterSeconds },
    });
  }
  return error;
}

const tooComplex = (message: string, limit: { name: string; max: number; found: number }) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit } });

/**
 * A measure that was not computed is not in the selection, so graphql-js never reads it; the schema's type still
 * wants a number there.
 */
const asSelected = (node: NetworkNode): GraphQLNetworkNode => ({
  ...node,
  degree: node.degree ?? 0,
  weightedDegree: node.weightedDegree ?? 0,
  betweenness: node.betweenness ?? 0,
  community: node.community ?? 0,
});

/**
 * The measures named anywhere under `nodes` in this field's selection, through fragments and whatever the aliases.
 * `@skip`/`@include` are not evaluated: a measure that may be asked for is computed.
 */
export function selectedMeasures(info: SelectionInfo): NetworkMeasure[] {
  const nodes = fieldsAt(info, ['nodes']);
  const selected = subfields(
    nodes.map((node) => node.selectionSet),
    info.fragments,
    null,
  );
  const names = new Set(selected.map((field) => field.name.value));
  return NETWORK_MEASURES.filter((measure) => names.has(measure));
}
