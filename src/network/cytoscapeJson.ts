import { batchChunks } from './chunks';
import { jsonArrayItems } from './jsonArray';
import { edgeAttributes, nodeAttributes } from './jsonAttributes';
import type { Network } from './networkTypes';

/**
 * Writes a network as Cytoscape.js elements JSON (`{ "elements": { "nodes": [{ "data" }], "edges": [{ "data" }] } }`),
 * which Cytoscape.js `elements` and Cytoscape desktop's "cyjs" import both read. Chunks of about 64 KiB.
 */
export function writeCytoscapeJson(network: Network): Iterable<string> {
  return batchChunks(cytoscapePieces(network));
}

function* cytoscapePieces(network: Network): Generator<string> {
  yield '{"elements":{"nodes":[';
  yield* jsonArrayItems(network.nodes, (node) => ({ data: { id: node.id, ...nodeAttributes(node) } }));
  yield '\n],"edges":[';
  yield* jsonArrayItems(network.edges, (edge) => ({
    data: { id: edge.id, source: edge.source, target: edge.target, ...edgeAttributes(edge) },
  }));
  yield '\n]}}\n';
}
