import { batchChunks } from './chunks';
import type { Column } from './columns';
import { EDGE_COLUMNS, NODE_COLUMNS } from './columns';
import type { Network, NetworkEdge, NetworkNode } from './networkTypes';

const NODE_CSV_COLUMNS: readonly Column<NetworkNode>[] = [
  { name: 'id', type: 'string', value: (node) => node.id },
  ...NODE_COLUMNS,
];

const EDGE_CSV_COLUMNS: readonly Column<NetworkEdge>[] = [
  { name: 'id', type: 'string', value: (edge) => edge.id },
  { name: 'source', type: 'string', value: (edge) => edge.source },
  { name: 'target', type: 'string', value: (edge) => edge.target },
  ...EDGE_COLUMNS,
];

/**
 * Writes a network's nodes as CSV (RFC 4180: header row, CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break). `null` is an empty field. Chunks of about 64 KiB.
 */
export function writeNodesCsv(network: Network): Iterable<string> {
  return batchChunks(csvRows(NODE_CSV_COLUMNS, network.nodes));
}

/** Writes a network's edges as CSV, in the same dialect as {@link writeNodesCsv}. */
export function writeEdgesCsv(network: Network): Iterable<string> {
  return batchChunks(csvRows(EDGE_CSV_COLUMNS, network.edges));
}

function* csvRows<T>(columns: readonly Column<T>[], items: Iterable<T>): Generator<string> {
  yield csvLine(columns.map((column) => column.name));
  for (const item of items) yield csvLine(columns.map((column) => column.value(item)));
}

function csvLine(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** Quotes a field only when it must be, doubling any quote inside it. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
