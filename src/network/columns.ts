import { NETWORK_MEASURES, type NetworkEdge, type NetworkMeasure, type NetworkNode } from './networkTypes';

/** How a column's values are typed in formats that declare types (GraphML, GEXF). */
export type ColumnType = 'string' | 'integer' | 'double';

/** One attribute of a node or an edge, as every tabular or keyed export writes it. */
export interface Column<T> {
  name: string;
  type: ColumnType;
  /** `null` means "no value": the attribute is left out (XML) or empty (CSV). */
  value: (item: T) => string | number | null;
}

/**
 * Node attributes besides the id, in the order every export writes them. Our classification is `nodeKind`, never
 * `type`: sigma.js reads a node's `type` as the name of its renderer program, and Gephi's spreadsheet import reads
 * an edge's `Type` as its direction.
 */
export const NODE_COLUMNS: readonly Column<NetworkNode>[] = [
  { name: 'label', type: 'string', value: (node) => node.label },
  { name: 'labelLanguage', type: 'string', value: (node) => node.labelLanguage ?? null },
  { name: 'name', type: 'string', value: (node) => node.name ?? null },
  { name: 'nameKo', type: 'string', value: (node) => node.nameKo ?? null },
  { name: 'nameJa', type: 'string', value: (node) => node.nameJa ?? null },
  { name: 'entityId', type: 'string', value: (node) => node.entityId },
  { name: 'nodeKind', type: 'string', value: (node) => node.type },
  { name: 'kind', type: 'string', value: (node) => node.kind },
  { name: 'country', type: 'string', value: (node) => node.country },
  { name: 'consortiumCount', type: 'integer', value: (node) => node.consortiumCount },
  { name: 'title', type: 'string', value: (node) => node.title ?? null },
  { name: 'frameworkProgramme', type: 'string', value: (node) => node.frameworkProgramme ?? null },
  { name: 'degree', type: 'integer', value: (node) => node.degree ?? null },
  { name: 'weightedDegree', type: 'double', value: (node) => node.weightedDegree ?? null },
  { name: 'betweenness', type: 'double', value: (node) => node.betweenness ?? null },
  { name: 'community', type: 'integer', value: (node) => node.community ?? null },
  { name: 'x', type: 'double', value: (node) => node.x ?? null },
  { name: 'y', type: 'double', value: (node) => node.y ?? null },
  { name: 'size', type: 'double', value: (node) => node.size ?? null },
];

/** The layout columns, which GEXF writes in its own `viz` namespace instead. */
export const LAYOUT_COLUMN_NAMES: readonly string[] = ['x', 'y', 'size'];

/**
 * The node columns of a network carrying `measures` (all of them when absent): a measure that was not computed is
 * not declared nor written, so a reader sees no such attribute rather than an empty or zero one.
 */
export function nodeColumns(measures: readonly NetworkMeasure[] = NETWORK_MEASURES): readonly Column<NetworkNode>[] {
  const omitted = NETWORK_MEASURES.filter((measure) => !measures.includes(measure));
  return omitted.length === 0
    ? NODE_COLUMNS
    : NODE_COLUMNS.filter((column) => !omitted.some((measure) => measure === column.name));
}

/** Edge attributes besides id, source and target, in the order every export writes them. */
export const EDGE_COLUMNS: readonly Column<NetworkEdge>[] = [
  { name: 'edgeKind', type: 'string', value: (edge) => edge.type },
  { name: 'weight', type: 'double', value: (edge) => edge.weight },
  { name: 'role', type: 'string', value: (edge) => edge.role },
  { name: 'category', type: 'string', value: (edge) => edge.category },
  { name: 'since', type: 'string', value: (edge) => edge.since ?? null },
  { name: 'until', type: 'string', value: (edge) => edge.until ?? null },
  { name: 'ecContribution', type: 'double', value: (edge) => edge.ecContribution ?? null },
];
