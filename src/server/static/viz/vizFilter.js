// The day filter: which nodes and edges of the drawn network of all time are in the view of a day, by the server's
// own rules, so that the date slider and "active only" redraw the loaded graph instead of downloading another.

/**
 * Whether the page can filter this view itself: the bipartite network of members, not rolled up (a rolled-up edge
 * stands for several memberships, and a co-membership edge's weight changes with the day; those views are downloaded).
 */
export const filtersOnPage = (view) => view.projection === 'BIPARTITE' && !view.includeAffiliates;

/**
 * The hidden nodes and edges of `view` (asOf, activeOnly) in `graph`, the bipartite network of all time, with the
 * counts left and each shown node's degree in the view: `{ hiddenNodes, hiddenEdges, degrees, nodeCount, edgeCount }`
 * (all three null when nothing is hidden: the degrees are those of all time). A
 * membership is in on a day when it is held on it (from `since`, else its consortium's start, `program.startDates`,
 * to `until`: membershipHeld on the server) and, with activeOnly, its consortium is in its program on the day (today
 * when no day is set: `program.inProgram`); a node is in when one of its edges is. Returns null when `program` does
 * not know the day's program (the page then downloads the view).
 */
export function dayFilter(graph, program, view) {
  const { asOf, activeOnly } = view;
  if (!asOf && !activeOnly) {
    return { hiddenNodes: null, hiddenEdges: null, degrees: null, nodeCount: graph.order, edgeCount: graph.size };
  }
  const programDay = asOf ?? program.today;
  if (activeOnly && !program.inProgram[programDay]) return null;
  const active = activeOnly ? new Set(program.inProgram[programDay]) : null;
  const hiddenEdges = new Set();
  // A shown node's edges in the view: one per membership held (the graph has one edge per member and consortium).
  const degrees = new Map();
  const count = (node) => degrees.set(node, (degrees.get(node) ?? 0) + 1);
  graph.forEachEdge((edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    const consortium = sourceAttributes.nodeKind === 'CONSORTIUM' ? sourceAttributes : targetAttributes;
    if (inView(attributes, consortium.entityId, asOf, active, program.startDates)) {
      count(source);
      count(target);
    } else hiddenEdges.add(edge);
  });
  const hiddenNodes = new Set();
  graph.forEachNode((node) => {
    if (!degrees.has(node)) hiddenNodes.add(node);
  });
  return {
    hiddenNodes,
    hiddenEdges,
    degrees,
    nodeCount: graph.order - hiddenNodes.size,
    edgeCount: graph.size - hiddenEdges.size,
  };
}

function inView(membership, consortiumId, asOf, active, startDates) {
  if (active && !active.has(consortiumId)) return false;
  if (!asOf) return true;
  // Days are YYYY-MM-DD, so they compare as text.
  const from = membership.since ?? startDates[consortiumId] ?? null;
  return (from === null || from <= asOf) && (membership.until == null || membership.until >= asOf);
}
