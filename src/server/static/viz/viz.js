// The network view: the graphology export drawn by sigma.js. No framework, no build step.
// `window.vizState` says what is on screen (for tests and the benchmark); the URL holds the view, so it can be shared.
import {
  ViewError,
  loadConsortia,
  loadNetwork,
  loadNetworkTimed,
  loadSettings,
  loadTimeline,
  loadVizNetwork,
  unmeasurableReason,
} from './vizData.js';
import { createRenderer, graphFromExport, relabel } from './vizDraw.js';
import { dayFilter, filtersOnPage } from './vizFilter.js';
import { setUpConsortiumFilter, setUpSwitches, setUpTimeline, setUpZoom } from './vizControls.js';
import { $, fillDownloads, fillLegend, showDetails, showError, showNotice, unmeasuredNotice } from './vizPanels.js';

const view = viewFromUrl();
let settings = { maxMeasuredNodes: 0, maxMeasureWork: 0, exports: [] };
let current = { graph: null, measured: true };
let loading = null;
let drawer = null;
// The network of all time of the last consortium filter drawn on the page (vizFilter.js): { consortia, graph,
// program, language }; the date slider and "active only" filter it instead of downloading another.
let loaded = null;

window.vizState = { ready: false };

/** The view in the URL: /viz?projection=&consortia=a,b&asOf=&activeOnly=true&includeAffiliates=true&labelLanguage= */
function viewFromUrl() {
  const params = new URLSearchParams(location.search);
  const day = params.get('asOf');
  return {
    projection: params.get('projection') === 'CO_MEMBERSHIP' ? 'CO_MEMBERSHIP' : 'BIPARTITE',
    consortia: (params.get('consortia') ?? '').split(',').filter(Boolean),
    asOf: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null,
    activeOnly: params.get('activeOnly') === 'true',
    includeAffiliates: params.get('includeAffiliates') === 'true',
    labelLanguage: ['KO', 'JA'].includes(params.get('labelLanguage')) ? params.get('labelLanguage') : 'EN',
  };
}

function setReady(state) {
  window.vizState = state;
  document.body.dataset.ready = state.error ? 'error' : String(state.ready);
}

/**
 * Loads and draws the current view; a newer call cancels an older one still downloading. A view the page can
 * filter itself (filtersOnPage) is the loaded network of all time with the day's filter: one redraw, no download.
 */
async function showView() {
  loading?.abort();
  const controller = new AbortController();
  loading = controller;
  setReady({ ready: false });
  showError(null);
  $('status').textContent = 'Loading…';
  history.replaceState(null, '', `/viz?${new URLSearchParams(urlParameters()).toString()}`);
  const started = performance.now();
  try {
    const shown =
      (filtersOnPage(view) && (await filteredView(controller.signal))) || (await downloadedView(controller.signal));
    if (controller !== loading) return;
    await nextFrame();
    if (controller !== loading) return;
    const drawn = performance.now();
    const { graph, nodeCount, edgeCount } = shown;
    const refused = unmeasurableReason(nodeCount, edgeCount, settings);
    const measured = refused === null && (await addMeasures(graph, controller.signal));
    if (controller !== loading) return;
    current = { graph, measured };
    const reason = refused ?? (measured ? null : 'failed');
    showNotice(reason && unmeasuredNotice(reason, nodeCount, edgeCount, settings));
    fillDownloads(settings.exports, view, measured);
    $('status').textContent = `${nodeCount.toLocaleString('en')} nodes, ${edgeCount.toLocaleString('en')} edges`;
    const { serverMs = 0, downloadMs = 0, parseMs = 0, buildMs = 0, filterMs = 0 } = shown.timings;
    setReady({
      ready: true,
      nodeCount,
      edgeCount,
      measured,
      asOf: view.asOf,
      view: { ...view, consortia: [...view.consortia] },
      // 'filter': the loaded network filtered on the page; 'download': a new network from the server.
      path: shown.path,
      timings: {
        serverMs,
        downloadMs,
        parseMs,
        fetchMs: serverMs + downloadMs + parseMs,
        buildMs,
        filterMs,
        drawMs: drawn - started - (serverMs + downloadMs + parseMs + buildMs + filterMs),
        totalMs: drawn - started,
      },
    });
  } catch (error) {
    if (error.name === 'AbortError') return;
    fail(error);
  }
}

/**
 * The view as the loaded network of all time filtered to its day (downloaded first when its consortium filter
 * changed), or null when the page cannot filter this day (its program is not in the download).
 */
async function filteredView(signal) {
  const timings = {};
  const consortia = view.consortia.join(',');
  if (loaded?.consortia !== consortia) {
    const { data, timings: fetched } = await loadVizNetwork(view.consortia, signal);
    Object.assign(timings, fetched);
    const built = performance.now();
    const graph = graphFromExport(data.graph, view.labelLanguage);
    timings.buildMs = performance.now() - built;
    loaded = { consortia, graph, program: data.program, language: view.labelLanguage };
  }
  const filterStarted = performance.now();
  const filter = dayFilter(loaded.graph, loaded.program, view);
  if (filter === null) return null;
  if (loaded.language !== view.labelLanguage) relabel(loaded.graph, view.labelLanguage);
  loaded.language = view.labelLanguage;
  timings.filterMs = performance.now() - filterStarted;
  if (drawer.graph() !== loaded.graph) drawer.show(loaded.graph);
  drawer.filter(filter.hiddenNodes, filter.hiddenEdges, filter.degrees);
  return { graph: loaded.graph, nodeCount: filter.nodeCount, edgeCount: filter.edgeCount, timings, path: 'filter' };
}

/** The view downloaded from the server's export (co-membership, rolled up) and drawn. */
async function downloadedView(signal) {
  const { data, timings } = await loadNetworkTimed(view, 'degree', signal);
  const built = performance.now();
  const graph = graphFromExport(data, view.labelLanguage);
  timings.buildMs = performance.now() - built;
  drawer.show(graph);
  return { graph, nodeCount: graph.order, edgeCount: graph.size, timings, path: 'download' };
}

/**
 * Adds betweenness and community to the drawn graph's nodes from the measured export of the same view. Resolves
 * false (the view stays drawn, with degrees only) when the server could not measure it after all.
 */
async function addMeasures(graph, signal) {
  try {
    const measuredData = await loadNetwork(view, 'all', signal);
    for (const { key, attributes } of measuredData.nodes) {
      if (!graph.hasNode(key)) continue;
      graph.mergeNodeAttributes(key, { betweenness: attributes.betweenness, community: attributes.community });
    }
    return true;
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    console.warn('viz: the view is drawn without betweenness and communities:', error.detail ?? error.message);
    return false;
  }
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function urlParameters() {
  const params = {};
  if (view.projection !== 'BIPARTITE') params.projection = view.projection;
  if (view.consortia.length) params.consortia = view.consortia.join(',');
  if (view.asOf) params.asOf = view.asOf;
  if (view.activeOnly) params.activeOnly = 'true';
  if (view.includeAffiliates) params.includeAffiliates = 'true';
  if (view.labelLanguage !== 'EN') params.labelLanguage = view.labelLanguage;
  return params;
}

/** Shows a failure in the user's words; what the server said goes to the console, not the page. */
function fail(error) {
  const text =
    error instanceof ViewError ? error.message : 'This view could not be drawn. Reload the page to try again.';
  showError(text);
  $('status').textContent = '';
  console.error('viz:', error.detail ?? error);
  setReady({ ready: false, error: text });
}

async function openDetails(key, attributes) {
  try {
    await showDetails(attributes, key, view.asOf, current.measured);
  } catch (error) {
    fail(error);
  }
}

async function start() {
  fillLegend();
  drawer = createRenderer($('graph'), openDetails);
  // For tests and the benchmark: the renderer, and the labels drawn in the last frame.
  window.vizDrawer = drawer;
  $('close-details').addEventListener('click', () => ($('details').hidden = true));
  setUpZoom(drawer);
  const [loadedSettings, timeline] = await Promise.all([loadSettings(), loadTimeline()]);
  settings = loadedSettings;
  setUpTimeline(timeline, view, showView, () => window.vizState.ready);
  setUpSwitches(view, showView, () => {
    if (current.graph) relabel(current.graph, view.labelLanguage);
    if (loaded && current.graph === loaded.graph) loaded.language = view.labelLanguage;
    fillDownloads(settings.exports, view, current.measured);
    history.replaceState(null, '', `/viz?${new URLSearchParams(urlParameters()).toString()}`);
  });
  setUpConsortiumFilter(view, loadConsortia, showView);
  await showView();
}

start().catch(fail);
