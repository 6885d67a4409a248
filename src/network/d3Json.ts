import { batchChunksAsync } from './chunks';
import { jsonArrayItems } from './jsonArray';
import { edgeAttributes, nodeAttributes } from './jsonAttributes';
import type { NetworkSource } from './networkTypes';

/**
 * Writes a network as D3 node-link JSON (`{ "nodes": [{ id, ... }], "links": [{ source, target, ... }] }`), the
 * shape `d3-force` and NetworkX's `node_link_graph` read. Links name their ends by node id. Chunks of about 64 KiB.
 */
export function writeD3Json(network: NetworkSource): AsyncIterable<string> {
  return batchChunksAsync(d3Pieces(network));
}

async function* d3Pieces(network: NetworkSource): AsyncGenerator<string> {
  yield '{"directed":false,"multigraph":false,"nodes":[';
  yield* jsonArrayItems(network.nodes, (node) => ({ id: node.id, ...nodeAttributes(node, network.measures) }));
  yield '\n],"links":[';
  yield* jsonArrayItems(network.edges, (edge) => ({
    source: edge.source,
    target: edge.target,
    id: edge.id,
    ...edgeAttributes(edge),
  }));
  yield '\n]}\n';
}
