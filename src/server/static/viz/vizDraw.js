// Drawing: the graphology export becomes a graphology graph with sigma's display attributes, drawn by sigma.js on
// WebGL at the positions the server's layout gave. Hovering a node keeps only it and its neighbours in colour (on a
// large graph: highlights it, its neighbours and its edges, and leaves the rest as it is).
/* global graphology, Sigma */
import { cssGestures, setCamera } from './vizGesture.js';

export const KIND_COLOURS = {
  COMPANY: '#3b82f6',
  UNIVERSITY: '#10b981',
  RESEARCH_INSTITUTE: '#f59e0b',
  GOVERNMENT_AGENCY: '#ef4444',
  INDUSTRY_ACADEMIA_FOUNDATION: '#8b5cf6',
  OTHER: '#94a3b8',
};
export const KIND_NAMES = {
  COMPANY: 'Company',
  UNIVERSITY: 'University',
  RESEARCH_INSTITUTE: 'Research institute',
  GOVERNMENT_AGENCY: 'Government agency',
  INDUSTRY_ACADEMIA_FOUNDATION: 'Industry–academia foundation',
  OTHER: 'Other',
};
export const CONSORTIUM_COLOUR = '#1e293b';
const EDGE_COLOUR = '#cbd5e1';
const LEAD_EDGE_COLOUR = '#64748b';
const FADED_COLOUR = '#edf2f7';
const MAX_LABEL_LENGTH = 32;
/** Above this many nodes a graph is drawn as a large one: see `show`. */
export const LARGE_GRAPH_NODES = 20_000;
/** How much a zoom button zooms (sigma's own default ratio). */
const BUTTON_ZOOM = 1.5;

/** Node sizes on screen (pixels at zoom 1): smaller when there are many nodes, so the picture is not a carpet. */
function pixelRange(nodeCount) {
  if (nodeCount > 20_000) return [1.2, 10];
  if (nodeCount > 2_000) return [2, 14];
  return [4, 20];
}

/** The name a node is labelled with in a language: that language's name, else the English one. */
export function labelIn(attributes, language) {
  const name = language === 'KO' ? attributes.nameKo : language === 'JA' ? attributes.nameJa : null;
  const label = name || attributes.name || attributes.label || '';
  // "consortium" is implied by the node's colour; a long name is cut so that it cannot run over its neighbours.
  const short = attributes.nodeKind === 'CONSORTIUM' ? label.replace(/ consortium$/, '') : label;
  return short.length > MAX_LABEL_LENGTH ? `${short.slice(0, MAX_LABEL_LENGTH - 1)}…` : short;
}

/**
 * Builds the graph sigma draws from a graphology export: the export's attributes kept, `x`/`y` from the server, the
 * server's `size` rescaled to pixels, `color` from the kind. Nothing named `type` is set (sigma reads it as a
 * renderer program). Throws when the export carries no positions: the page never lays a graph out itself.
 */
export function graphFromExport(data, language) {
  const graph = new graphology.Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const [smallest, largest] = sizeRange(data.nodes);
  const [minPx, maxPx] = pixelRange(data.nodes.length);
  const spread = largest > smallest ? largest - smallest : 1;
  // Kept with the graph: a day's view sizes its nodes by their degree on that day on the same scale (pixelSize).
  graph.setAttribute('pixelScale', { smallest, spread, minPx, maxPx });
  for (const node of data.nodes) {
    const a = node.attributes ?? {};
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) {
      throw new Error(`node ${node.key} has no layout position (x, y) in the export`);
    }
    const { type: _ignored, ...kept } = a;
    graph.addNode(node.key, {
      ...kept,
      size: pixelSize(graph, Number(a.size ?? 1)),
      color: a.nodeKind === 'CONSORTIUM' ? CONSORTIUM_COLOUR : (KIND_COLOURS[a.kind] ?? KIND_COLOURS.OTHER),
      label: labelIn(a, language),
    });
  }
  for (const edge of data.edges) {
    const { type: _ignored, ...kept } = edge.attributes ?? {};
    graph.mergeEdgeWithKey(edge.key, edge.source, edge.target, {
      ...kept,
      size: edgeSize(kept),
      color: kept.role === 'LEAD' ? LEAD_EDGE_COLOUR : EDGE_COLOUR,
    });
  }
  return graph;
}

/** The pixel size of a node of the server's `size` in `graph` (built by graphFromExport). */
export function pixelSize(graph, size) {
  const { smallest, spread, minPx, maxPx } = graph.getAttribute('pixelScale');
  return minPx + ((size - smallest) / spread) * (maxPx - minPx);
}

/**
 * The server's size of a node of `degree` consortia (an organisation) or members (a consortium): its `nodeSize`
 * (src/network/networkTypes.ts; tests/e2e/viz.test.ts checks that the two agree).
 */
export const serverNodeSize = (degree) => Math.round((4 + 4 * Math.log2(1 + Math.max(0, degree))) * 100) / 100;

function sizeRange(nodes) {
  let smallest = Infinity;
  let largest = -Infinity;
  for (const node of nodes) {
    const size = Number(node.attributes?.size ?? 1);
    smallest = Math.min(smallest, size);
    largest = Math.max(largest, size);
  }
  return [smallest, largest];
}

function edgeSize(attributes) {
  if (attributes.edgeKind === 'CO_MEMBERSHIP') return Math.min(0.5 + (attributes.weight ?? 1) * 0.5, 5);
  return attributes.role === 'LEAD' ? 1.5 : 0.6;
}

/**
 * Makes the sigma.js renderer of `container`, once: each view then replaces its graph (`show`), which keeps one WebGL
 * context for the page's life. `onClickNode(key, attributes)` is called on a click. Labels go through sigma's label
 * grid (the largest nodes of each cell get a label, the others none), so they never pile up. A large graph is panned
 * and zoomed by moving the drawn picture and redrawn once when the gesture ends (vizGesture.js).
 */
export function createRenderer(container, onClickNode) {
  // `partial` (large graphs): the hover only marks the node, its neighbours and its edges, and redraws only those.
  const hover = { node: null, neighbours: new Set(), partial: false };
  // The day filter's hidden nodes and edges (vizFilter.js); null: none hidden.
  const hidden = { nodes: null, edges: null };
  // The shown nodes' degrees and pixel sizes in the day's view (null: all time, the graph's own).
  const inView = { degrees: null, sizes: null };
  const labels = labelsWithoutCollisions();
  let large = false;
  const renderer = new Sigma(new graphology.Graph(), container, {
    defaultDrawNodeLabel: labels.draw,
    // `thin`: one-pixel GL lines, far cheaper than the default rectangles on a large graph in software WebGL.
    edgeProgramClasses: { thin: Sigma.rendering.EdgeLineProgram },
    labelFont: 'system-ui, "Noto Sans CJK KR", "Noto Sans CJK JP", sans-serif',
    labelSize: 12,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
    // Reducers run when the graph is processed (a refresh), never per frame; each does only set lookups.
    nodeReducer: (node, attributes) => {
      if (hidden.nodes?.has(node)) return { ...attributes, hidden: true };
      const data = inView.sizes ? { ...attributes, size: inView.sizes.get(node) } : attributes;
      if (!hover.node) return data;
      if (node === hover.node) return { ...data, highlighted: true, zIndex: 2 };
      if (hover.neighbours.has(node)) return { ...data, zIndex: 1, forceLabel: hover.neighbours.size <= 30 };
      if (hover.partial) return data;
      return { ...data, color: FADED_COLOUR, label: '', zIndex: 0 };
    },
    edgeReducer: (edge, data) => {
      if (hidden.edges?.has(edge)) return { ...data, hidden: true };
      if (!hover.node) return data;
      if (renderer.getGraph().hasExtremity(edge, hover.node)) return { ...data, color: LEAD_EDGE_COLOUR, zIndex: 1 };
      return hover.partial ? data : { ...data, hidden: true };
    },
  });
  // A hover left while a large graph's picture was moved: cleared in the redraw that ends the gesture.
  let leftDuringGesture = false;
  const setHover = (node) => {
    // While the camera is dragged the mouse crosses node after node: highlighting each would redraw the graph at
    // every mouse move (0.3 frames/s at 50,000 nodes in software WebGL), so nodes passed under a drag are ignored.
    if (node && renderer.getMouseCaptor().isMouseDown) return;
    // While a large graph's picture is moved, sigma's picking buffer is that of the unmoved picture, and any redraw
    // would stall the gesture for a second: nothing is highlighted, and a hover left is cleared at the end.
    if (gestures.busy()) {
      leftDuringGesture ||= node === null;
      return;
    }
    const left = hover.node;
    if (left === node) return;
    hover.node = node;
    const neighbours = node ? renderer.getGraph().neighbors(node) : [];
    hover.neighbours = new Set(hidden.nodes ? neighbours.filter((other) => !hidden.nodes.has(other)) : neighbours);
    // Scheduled: several hover changes within a frame cost one redraw.
    if (hover.partial) {
      const partialGraph = changedByHover(renderer.getGraph(), [left, node]);
      renderer.refresh({ partialGraph, skipIndexation: true, schedule: true });
    } else renderer.refresh({ skipIndexation: true, schedule: true });
  };
  const gestures = cssGestures(
    renderer,
    // Only while sigma's own camera is off (a test turns it back on to compare the two).
    () => large && !renderer.getSetting('enableCameraPanning'),
    () => {
      if (leftDuringGesture) setHover(null);
      leftDuringGesture = false;
    },
  );
  renderer.on('beforeRender', labels.reset);
  renderer.on('enterNode', ({ node }) => setHover(node));
  renderer.on('leaveNode', () => setHover(null));
  renderer.on('clickNode', ({ node }) => {
    const attributes = renderer.getGraph().getNodeAttributes(node);
    onClickNode(node, { ...attributes, degree: inView.degrees?.get(node) ?? attributes.degree });
  });
  return {
    renderer,
    /** The boxes of the labels drawn in the last frame, in viewport pixels. */
    drawnLabels: () => labels.drawn.map((box) => ({ ...box })),
    /** Draws `graph` instead of the current one, with the label and edge settings of its size; nothing hidden. */
    show(graph) {
      large = graph.order > LARGE_GRAPH_NODES;
      hover.node = null;
      hover.neighbours = new Set();
      hidden.nodes = null;
      hidden.edges = null;
      inView.degrees = null;
      inView.sizes = null;
      // Fading every other node re-processes the whole graph at each hover (seconds at 50,000 nodes in software
      // WebGL); a large graph instead redraws only what the hover changes (bench/RESULTS.md, /viz draw time).
      hover.partial = large;
      renderer.setSetting('labelDensity', large ? 0.4 : 0.8);
      renderer.setSetting('labelGridCellSize', large ? 140 : 110);
      renderer.setSetting('labelRenderedSizeThreshold', large ? 7 : 5);
      // A large graph's frame takes about a second of software rasterising: sigma's camera, which redraws at every
      // mouse move, is off, and vizGesture.js moves the drawn picture instead (edges and labels stay on it).
      renderer.setSetting('enableCameraPanning', !large);
      renderer.setSetting('enableCameraZooming', !large);
      renderer.setSetting('defaultEdgeType', large ? 'thin' : 'line');
      // Ordering 50,000 nodes by z-index at every refresh buys nothing: a hovered node is drawn on top anyway.
      renderer.setSetting('zIndex', !large);
      renderer.setGraph(graph);
      setCamera(renderer.getCamera(), { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    },
    /** Zooms in (direction 1) or out (-1) around the centre, or back to the whole graph (0). */
    zoom(direction) {
      const camera = renderer.getCamera();
      if (!large) {
        if (direction === 0) camera.animatedReset();
        else if (direction > 0) camera.animatedZoom(BUTTON_ZOOM);
        else camera.animatedUnzoom(BUTTON_ZOOM);
        return;
      }
      // One redraw, no animation: each frame of an animation would cost a second.
      if (direction !== 0) gestures.zoomBy(direction > 0 ? BUTTON_ZOOM : 1 / BUTTON_ZOOM);
      else {
        setCamera(camera, { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
        renderer.render();
      }
    },
    /** The graph drawn now. */
    graph: () => renderer.getGraph(),
    /**
     * Hides these nodes and edges of the drawn graph (null: none), sizes the others by their `degrees` in the view
     * (a Map; null: the graph's own sizes) and redraws it once.
     */
    filter(hiddenNodes, hiddenEdges, degrees) {
      const graph = renderer.getGraph();
      hidden.nodes = hiddenNodes;
      hidden.edges = hiddenEdges;
      inView.degrees = degrees;
      inView.sizes =
        degrees && new Map([...degrees].map(([node, degree]) => [node, pixelSize(graph, serverNodeSize(degree))]));
      hover.node = null;
      hover.neighbours = new Set();
      renderer.refresh();
    },
  };
}

/** The nodes and edges whose look a hover changes: the nodes left and entered, their neighbours and their edges. */
function changedByHover(graph, ends) {
  const nodes = new Set();
  const edges = new Set();
  for (const end of ends) {
    if (!end || !graph.hasNode(end)) continue;
    nodes.add(end);
    graph.forEachNeighbor(end, (neighbour) => nodes.add(neighbour));
    graph.forEachEdge(end, (edge) => edges.add(edge));
  }
  return { nodes: [...nodes], edges: [...edges] };
}

/**
 * Sigma's label grid chooses at most one label per cell, but a label longer than its cell still runs into the next
 * one. This drawer skips a label whose box would cross one already drawn in the frame; sigma draws the labels of
 * larger nodes first, so those are the ones kept. A frame draws at most a few hundred labels.
 */
function labelsWithoutCollisions() {
  const drawn = [];
  const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  return {
    drawn,
    reset: () => {
      drawn.length = 0;
    },
    draw: (context, data, settings) => {
      if (!data.label) return;
      context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      const box = {
        key: data.key,
        x: data.x + data.size + 3,
        y: data.y - settings.labelSize / 2 - 1,
        width: context.measureText(data.label).width + 2,
        height: settings.labelSize + 2,
      };
      if (drawn.some((other) => overlaps(box, other))) return;
      drawn.push(box);
      Sigma.rendering.drawDiscNodeLabel(context, data, settings);
    },
  };
}

/** Relabels every node in a language (the names are in the export; nothing is downloaded again). */
export function relabel(graph, language) {
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, label: labelIn(attributes, language) }));
}
