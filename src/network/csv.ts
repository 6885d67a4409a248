import { batchChunksAsync } from './chunks';
import type { Column } from './columns';
import { EDGE_COLUMNS, nodeColumns } from './columns';
import type { NetworkEdge, NetworkNode, NetworkSource } from './networkTypes';

// Gephi's spreadsheet import (File > Import spreadsheet; https://gephi.org/users/supported-graph-formats/spreadsheet/)
// gives these column names a meaning: nodes `Id` and `Label`; edges `Source`, `Target`, `Id`, `Label`, `Type`
// ("Directed", "Undirected" or "Mixed": the edge's direction, so never our classification, which is `edgeKind`)
// and `Weight`. Every other column becomes an attribute of that name. pandas and spreadsheets read them as headers.
const nodeCsvColumns = (network: NetworkSource): readonly Column<NetworkNode>[] => [
  { name: 'Id', type: 'string', value: (node) => node.id },
  { name: 'Label', type: 'string', value: (node) => node.label },
  ...nodeColumns(network.measures).filter((column) => column.name !== 'label'),
];

const EDGE_CSV_COLUMNS: readonly Column<NetworkEdge>[] = [
  { name: 'Id', type: 'string', value: (edge) => edge.id },
  { name: 'Source', type: 'string', value: (edge) => edge.source },
  { name: 'Target', type: 'string', value: (edge) => edge.target },
  { name: 'Type', type: 'string', value: () => 'Undirected' },
  { name: 'Weight', type: 'double', value: (edge) => edge.weight },
  ...EDGE_COLUMNS.filter((column) => column.name !== 'weight'),
];

/**
 * Writes a network's nodes as CSV in Gephi's spreadsheet columns (RFC 4180: header row, CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break). `null` is an empty field. A text cell a spreadsheet would run as a formula is prefixed
 * with `'` ({@link csvText}). Chunks of about 64 KiB.
 */
export function writeNodesCsv(network: NetworkSource): AsyncIterable<string> {
  return batchChunksAsync(csvRows(nodeCsvColumns(network), network.nodes));
}

/** Writes a network's edges as CSV, in the same dialect as {@link writeNodesCsv}. */
export function writeEdgesCsv(network: NetworkSource): AsyncIterable<string> {
  return batchChunksAsync(csvRows(EDGE_CSV_COLUMNS, network.edges));
}

async function* csvRows<T>(
  columns: readonly Column<T>[],
  items: Iterable<T> | AsyncIterable<T>,
): AsyncGenerator<string> {
  yield csvLine(columns.map((column) => column.name));
  for await (const item of items) {
    yield csvLine(
      columns.map((column) => {
        const value = column.value(item);
        return column.type === 'string' && value !== null ? csvText(String(value)) : value;
      }),
    );
  }
}

// What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP, "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as written: one that starts like a formula (`=HYPERLINK(...)`, `+1`, `-2+3`, `@SUM`, a tab or a
 * carriage return) gets a leading `'`, OWASP's rule, so a spreadsheet shows it as text instead of running it. Only
 * text columns: a negative number in a numeric column (weight, betweenness) is a number, not a formula.
 */
export function csvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
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
