import { batchChunksAsync } from './chunks';
import type { Column, ColumnType } from './columns';
import { EDGE_COLUMNS, nodeColumns } from './columns';
import type { NetworkEdge, NetworkNode, NetworkSource } from './networkTypes';
import { escapeXml } from './xmlEscape';

// GraphML spells the integer type `int`; NetworkX, yEd and Cytoscape desktop all read `int`, `double`, `string`.
const GRAPHML_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'int', double: 'double' };

/**
 * Writes a network as undirected GraphML, in chunks of about 64 KiB. Every node and edge attribute is declared
 * with a `<key>` (ids `n_<name>` and `e_<name>`, since a node and an edge attribute may share a name); a `null`
 * value is left out rather than written empty, so readers see "no value", not an empty string.
 */
export function writeGraphml(network: NetworkSource): AsyncIterable<string> {
  return batchChunksAsync(graphmlPieces(network));
}

async function* graphmlPieces(network: NetworkSource): AsyncGenerator<string> {
  const columns = nodeColumns(network.measures);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  );
  for (const column of columns) yield keyDeclaration('node', 'n', column);
  for (const column of EDGE_COLUMNS) yield keyDeclaration('edge', 'e', column);
  yield `  <graph id="${escapeXml(network.projection)}" edgedefault="undirected">\n`;
  for await (const node of network.nodes) yield nodeElement(node, columns);
  for await (const edge of network.edges) yield edgeElement(edge);
  yield '  </graph>\n</graphml>\n';
}

function keyDeclaration<T>(domain: 'node' | 'edge', prefix: string, column: Column<T>): string {
  return (
    `  <key id="${prefix}_${column.name}" for="${domain}" attr.name="${column.name}"` +
    ` attr.type="${GRAPHML_TYPES[column.type]}"/>\n`
  );
}

function nodeElement(node: NetworkNode, columns: readonly Column<NetworkNode>[]): string {
  return `    <node id="${escapeXml(node.id)}">${dataElements('n', columns, node)}</node>\n`;
}

function edgeElement(edge: NetworkEdge): string {
  return (
    `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">` +
    `${dataElements('e', EDGE_COLUMNS, edge)}</edge>\n`
  );
}

function dataElements<T>(prefix: string, columns: readonly Column<T>[], item: T): string {
  let out = '';
  for (const column of columns) {
    const value = column.value(item);
    if (value !== null) out += `<data key="${prefix}_${column.name}">${escapeXml(String(value))}</data>`;
  }
  return out;
}
