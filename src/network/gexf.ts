import { batchChunksAsync } from './chunks';
import type { Column } from './columns';
import { EDGE_COLUMNS, LAYOUT_COLUMN_NAMES, nodeColumns } from './columns';
import type { NetworkEdge, NetworkNode, NetworkSource, Spell } from './networkTypes';
import { escapeXml } from './xmlEscape';

// GEXF has native places for the node label, the edge weight and (namespace `viz`) a node's position and size; the
// rest become typed attributes.
const GEXF_EDGE_COLUMNS = EDGE_COLUMNS.filter((column) => column.name !== 'weight');
const VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

/**
 * Writes a network as GEXF 1.3, undirected, in chunks of about 64 KiB. The node label, edge weight, position and
 * size use GEXF's own `label`, `weight`, `viz:position` and `viz:size`; other attributes are declared in
 * `<attributes>` with ids equal to their names, so readers (Gephi, graphology-gexf, NetworkX) show the names.
 * `null` values are left out. The graph is `mode="dynamic"` with `timeformat="date"`: a node or edge with `spells`
 * exists only on those days (Gephi's timeline replays them), one without exists at all times.
 */
export function writeGexf(network: NetworkSource): AsyncIterable<string> {
  return batchChunksAsync(gexfPieces(network));
}

async function* gexfPieces(network: NetworkSource): AsyncGenerator<string> {
  const columns = nodeColumns(network.measures).filter(
    (column) => column.name !== 'label' && !LAYOUT_COLUMN_NAMES.includes(column.name),
  );
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="${VIZ_NAMESPACE}"` +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
  );
  yield `  <meta><creator>consortium-graph</creator><description>${escapeXml(network.projection)} network</description></meta>\n`;
  yield '  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date" timerepresentation="interval">\n';
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
    `${attributeValues(columns, node)}${spellElements(node.spells)}${vizElements(node)}</node>\n`
  );
}

function vizElements(node: NetworkNode): string {
  const position =
    node.x === undefined || node.y === undefined ? '' : `<viz:position x="${node.x}" y="${node.y}" z="0"/>`;
  return position + (node.size === undefined ? '' : `<viz:size value="${node.size}"/>`);
}

function edgeElement(edge: NetworkEdge): string {
  return (
    `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"` +
    ` weight="${edge.weight}">${attributeValues(GEXF_EDGE_COLUMNS, edge)}${spellElements(edge.spells)}</edge>\n`
  );
}

/** GEXF 1.3 spells: closed intervals of days; a missing `start` or `end` is open on that side. */
function spellElements(spells: readonly Spell[] | undefined): string {
  if (!spells || spells.length === 0) return '';
  const each = spells.map(
    (spell) =>
      `<spell${spell.start === null ? '' : ` start="${spell.start}"`}${spell.end === null ? '' : ` end="${spell.end}"`}/>`,
  );
  return `<spells>${each.join('')}</spells>`;
}

function attributeValues<T>(columns: readonly Column<T>[], item: T): string {
  let out = '';
  for (const column of columns) {
    const value = column.value(item);
    if (value !== null) out += `<attvalue for="${column.name}" value="${escapeXml(String(value))}"/>`;
  }
  return out === '' ? '' : `<attvalues>${out}</attvalues>`;
}
