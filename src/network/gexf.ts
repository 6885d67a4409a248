import { batchChunksAsync } from './chunks';
import type { Column } from './columns';
import { EDGE_COLUMNS, nodeColumns } from './columns';
import type { NetworkEdge, NetworkNode, NetworkSource } from './networkTypes';
import { escapeXml } from './xmlEscape';

// GEXF has native places for the node label and the edge weight; the rest become typed attributes.
const GEXF_EDGE_COLUMNS = EDGE_COLUMNS.filter((column) => column.name !== 'weight');

/**
 * Writes a network as GEXF 1.3, undirected and static, in chunks of about 64 KiB. The node label and the edge
 * weight use GEXF's own `label` and `weight`; other attributes are declared in `<attributes>` with ids equal to
 * their names, so readers (Gephi, graphology-gexf, NetworkX) show the names. `null` values are left out.
 */
export function writeGexf(network: NetworkSource): AsyncIterable<string> {
  return batchChunksAsync(gexfPieces(network));
}

async function* gexfPieces(network: NetworkSource): AsyncGenerator<string> {
  const columns = nodeColumns(network.measures).filter((column) => column.name !== 'label');
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
  );
  yield `  <meta><creator>consortium-graph</creator><description>${escapeXml(network.projection)} network</description></meta>\n`;
  yield '  <graph defaultedgetype="undirected" mode="static">\n';
  yield attributeDeclarations('node', columns);
  yield attributeDeclarations('edge', GEXF_EDGE_COLUMNS);
  yield '    <nodes>\n';
  for await (const node of network.nodes) yield nodeElement(node, columns);
  yield '    </nodes>\n    <edges>\n';
  for await (const edge of network.edges) yield edgeElement(edge);
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function attributeDeclarations<T>(domain: 'node' | 'edge', columns: readonly Column<T>[]): string {
  const declarations = columns
    .map((column) => `      <attribute id="${column.name}" title="${column.name}" type="${column.type}"/>\n`)
    .join('');
  return `    <attributes class="${domain}">\n${declarations}    </attributes>\n`;
}

function nodeElement(node: NetworkNode, columns: readonly Column<NetworkNode>[]): string {
  return (
    `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}">` +
    `${attributeValues(columns, node)}</node>\n`
  );
}

function edgeElement(edge: NetworkEdge): string {
  return (
    `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"` +
    ` weight="${edge.weight}">${attributeValues(GEXF_EDGE_COLUMNS, edge)}</edge>\n`
  );
}

function attributeValues<T>(columns: readonly Column<T>[], item: T): string {
  let out = '';
  for (const column of columns) {
    const value = column.value(item);
    if (value !== null) out += `<attvalue for="${column.name}" value="${escapeXml(String(value))}"/>`;
  }
  return out === '' ? '' : `<attvalues>${out}</attvalues>`;
}
