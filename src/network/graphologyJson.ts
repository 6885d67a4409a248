import { batchChunksAsync } from './chunks';
import { jsonArrayItems } from './jsonArray';
import { edgeAttributes, nodeAttributes } from './jsonAttributes';
import type { NetworkSource } from './networkTypes';

// The options of the graph `computeMeasures` builds, so `Graph.from` recreates the same kind of graph.
const GRAPH_OPTIONS = { type: 'undirected', multi: false, allowSelfLoops: false };

/**
 * Writes a network as graphology's serialised graph (`graph.export()` shape), which `Graph.from(data)` and
 * `graph.import(data)` read back. Edges carry `"undirected": true` so the file also imports into a mixed graph.
 * Chunks of about 64 KiB.
 */
export function writeGraphologyJson(network: NetworkSource): AsyncIterable<string> {
  return batchChunksAsync(graphologyPieces(network));
}

async function* graphologyPieces(network: NetworkSource): AsyncGenerator<string> {
  yield `{"attributes":{},"options":${JSON.stringify(GRAPH_OPTIONS)},"nodes":[`;
  yield* jsonArrayItems(network.nodes, (node) => ({
    key: node.id,
    attributes: nodeAttributes(node, network.measures),
  }));
  yield '\n],"edges":[';
  yield* jsonArrayItems(network.edges, (edge) => ({
    key: edge.id,
    source: edge.source,
    target: edge.target,
    undirected: true,
    attributes: edgeAttributes(edge),
  }));
  yield '\n]}\n';
}
