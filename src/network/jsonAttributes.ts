import { EDGE_COLUMNS, nodeColumns, type Column } from './columns';
import type { NetworkEdge, NetworkMeasure, NetworkNode } from './networkTypes';

/** A node's or edge's attributes as the JSON exports write them. */
export type JsonAttributes = Record<string, string | number>;

/**
 * The attributes of `item` under `columns`, in column order. A `null` (no value) is left out, as GraphML and GEXF
 * leave it out, so every format says "no value" the same way (pandas reads no all-NaN column from a JSON export).
 */
function attributesOf<T>(columns: readonly Column<T>[], item: T): JsonAttributes {
  const attributes: JsonAttributes = {};
  for (const column of columns) {
    const value = column.value(item);
    if (value !== null) attributes[column.name] = value;
  }
  return attributes;
}

/** A node's attributes other than its id, as the JSON exports write them; a measure not computed is left out. */
export function nodeAttributes(node: NetworkNode, measures?: readonly NetworkMeasure[]): JsonAttributes {
  return attributesOf(nodeColumns(measures), node);
}

/** An edge's attributes other than id, source and target, as the JSON exports write them. */
export function edgeAttributes(edge: NetworkEdge): JsonAttributes {
  return attributesOf(EDGE_COLUMNS, edge);
}
