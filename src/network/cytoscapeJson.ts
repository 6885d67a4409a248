import { batchChunksAsync } from './chunks';
import { jsonArrayItems } from './jsonArray';
import { edgeAttributes, nodeAttributes } from './jsonAttributes';
import type { NetworkSource } from './networkTypes';

/**
 * Writes a network as Cytoscape.js elements JSON (`{ "elements": { "nodes": [{ "data", "position" }], "edges":
 * [{ "data" }] } }`), which Cytoscape.js `elements` and Cytoscape desktop's `.cyjs` import both read; `position` is
 * the server's layout, which both place the nodes at (a `preset` layout). Chunks of about 64 KiB.
 */
export function writeCytoscapeJson(network: NetworkSource): AsyncIterable<string> {
  return batchChunksAsync(cytoscapePieces(network));
}

async function* cytoscapePieces(network: NetworkSource): AsyncGenerator<string> {
  yield '{"elements":{"nodes":[';
  yield* jsonArrayItems(network.nodes, (node) => ({
    data: { id: node.id, ...nodeAttributes(node, network.measures) },
    ...(node.x === undefined || node.y === undefined ? {} : { position: { x: node.x, y: node.y } }),
  }));
  yield '\n],"edges":[';
  yield* jsonArrayItems(network.edges, (edge) => ({
    data: { id: edge.id, source: edge.source, target: edge.target, ...edgeAttributes(edge) },
  }));
  yield '\n]}}\n';
}
