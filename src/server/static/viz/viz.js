// The network view: the graphology export drawn by sigma.js. No framework, no build step.
// `window.vizState` says what is on screen (for tests and the benchmark); the URL holds the view, so it can be shared.
import { ViewError, loadConsortia, loadNetwork, loadSettings, loadTimeline, unmeasurableReason } from './vizData.js';
import { createRenderer, graphFromExport, relabel } from './vizDraw.js';
import { setUpConsortiumFilter, setUpSwitches, setUpTimeline } from './vizControls.js';
import { $, fillDownloads, fillLegend, showDetails, showError, showNotice, unmeasuredNotice } from './vizPanels.js';

const view = viewFromUrl();
let settings = { maxMeasuredNodes: 0, maxMeasureWork: 0, exports: [] };
let current = { graph: null, measured: true };
let loading = null;
let drawer = null;

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

/** Loads and draws the current view; a newer call cancels an older one still downloading. */
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
    const data = await loadNetwork(view, 'degree', controller.signal);
    const fetched = performance.now();
    const graph = graphFromExport(data, view.labelLanguage);
    const built = performance.now();
    drawer.show(graph);
    await nextFrame();
    if (controller !== loading) return;
    const drawn = performance.now();
    const refused = unmeasurableReason(graph.order, graph.size, settings);
    const measured = refused === null && (await addMeasures(graph, controller.signal));
    if (controller !== loading) return;
    current = { graph, measured };
    const reason = refused ?? (measured ? null : 'failed');
    showNotice(reason && unmeasuredNotice(reason, graph.order, graph.size, settings));
    fillDownloads(settings.exports, view, measured);
    $('status').textContent = `${graph.order.toLocaleString('en')} nodes, ${graph.size.toLocaleString('en')} edges`;
    setReady({
      ready: true,
      nodeCount: graph.order,
      edgeCount: graph.size,
      measured,
      asOf: view.asOf,
      view: { ...view, consortia: [...view.consortia] },
      timings: {
        fetchMs: fetched - started,
        buildMs: built - fetched,
        drawMs: drawn - built,
        totalMs: drawn - started,
      },
    });
  } catch (error) {
    if (error.name === 'AbortError') return;
    fail(error);
  }
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
  const [loadedSettings, timeline] = await Promise.all([loadSettings(), loadTimeline()]);
  settings = loadedSettings;
  setUpTimeline(timeline, view, showView, () => window.vizState.ready);
  setUpSwitches(view, showView, () => {
    if (current.graph) relabel(current.graph, view.labelLanguage);
    fillDownloads(settings.exports, view, current.measured);
    history.replaceState(null, '', `/viz?${new URLSearchParams(urlParameters()).toString()}`);
  });
  setUpConsortiumFilter(view, loadConsortia, showView);
  await showView();
}

start().catch(fail);
