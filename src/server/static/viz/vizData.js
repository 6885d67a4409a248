// What the page reads from the server: the graphology export (positions from the server's layout), GraphQL for the
// consortia and a clicked node's details, /viz/settings.json for this server's limits and /viz/timeline.json for the
// program's days.

/** A failure to show the user: `text` is written for them; `detail` is kept for the console only. */
export class ViewError extends Error {
  constructor(text, detail) {
    super(text);
    this.detail = detail;
  }
}

const UNREACHABLE = 'The server did not answer. Check that it is running, then reload the page.';

/** POSTs a GraphQL operation to /graphql and returns its data; a failure becomes a ViewError in plain words. */
export async function graphql(query, variables = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ViewError(UNREACHABLE, error);
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok || body.errors?.length) {
    throw new ViewError(answerText(response.status), body.errors?.[0]?.message);
  }
  return body.data;
}

function answerText(status) {
  if (status === 429) return 'The server is busy. Wait a few seconds, then change the view again.';
  if (status === 503) return 'The database is not answering right now. Try again in a minute.';
  return `The server could not answer this view (HTTP ${status}). Try a narrower view, or reload the page.`;
}

export async function loadSettings() {
  const response = await fetch('/viz/settings.json').catch((error) => {
    throw new ViewError(UNREACHABLE, error);
  });
  if (!response.ok) throw new ViewError(answerText(response.status));
  return response.json();
}

/**
 * The export's URL parameters of a view (`view`: projection, consortia, asOf, activeOnly, includeAffiliates,
 * labelLanguage) and a `measures` preset; defaults are left out so the links stay short.
 */
export function exportParameters(view, measures) {
  const params = new URLSearchParams();
  if (view.projection !== 'BIPARTITE') params.set('projection', view.projection);
  if (view.consortia.length > 0) params.set('consortia', view.consortia.join(','));
  if (view.asOf) params.set('asOf', view.asOf);
  if (view.activeOnly) params.set('activeOnly', 'true');
  if (view.includeAffiliates) params.set('includeAffiliates', 'true');
  if (view.labelLanguage !== 'EN') params.set('labelLanguage', view.labelLanguage);
  if (measures !== 'all') params.set('measures', measures);
  return params;
}

export const exportUrl = (fileName, view, measures) => {
  const query = exportParameters(view, measures).toString();
  return `/export/${fileName}${query ? `?${query}` : ''}`;
};

/**
 * Downloads the view's graphology export with `measures` ('degree': streamed, any size; 'all': with betweenness and
 * communities, which the server computes only for networks it can afford). Resolves to the parsed export.
 */
export async function loadNetwork(view, measures, signal) {
  return (await loadNetworkTimed(view, measures, signal)).data;
}

/**
 * Downloads the view's network as the server keeps it for /viz (/viz/network.json: `{ program, graph }`, the
 * bipartite network of all time with every membership's dates and the program's days, see vizFilter.js), and
 * resolves to `{ data, timings }`: `serverMs` until the answer began (the server's work), `downloadMs` for its
 * body, `parseMs` for JSON.parse.
 */
export async function loadVizNetwork(consortia, signal) {
  const query = consortia.length > 0 ? `?${new URLSearchParams({ consortia: consortia.join(',') })}` : '';
  return fetchTimed(`/viz/network.json${query}`, signal);
}

/** A view's export (`measures` as in loadNetwork) with the timings of loadVizNetwork. */
export const loadNetworkTimed = (view, measures, signal) =>
  fetchTimed(exportUrl('network.graphology.json', view, measures), signal);

async function fetchTimed(url, signal) {
  const started = performance.now();
  let response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ViewError(UNREACHABLE, error);
  }
  const serverMs = performance.now() - started;
  const { data, timings } = await readTimed(response);
  return { data, timings: { serverMs, ...timings } };
}

/**
 * Why the server would not compute betweenness and communities for a network this large: 'nodes' (more than
 * `maxMeasuredNodes`), 'work' (V·(V+E) over `maxMeasureWork`, the server's rule, `measureWork` in
 * src/network/networkLimits.ts), or null when it would. Asked before the request, because a refused request would
 * show as an error in the browser's console.
 */
export function unmeasurableReason(nodes, edges, settings) {
  if (nodes > settings.maxMeasuredNodes) return 'nodes';
  if (nodes * (nodes + edges) > settings.maxMeasureWork) return 'work';
  return null;
}

/** The parsed body of an answer, and how long its download and its parse took; a failure becomes a ViewError. */
async function readTimed(response) {
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new ViewError(answerText(response.status), body.error?.message);
  }
  const started = performance.now();
  const text = await response.text();
  const downloaded = performance.now();
  const data = JSON.parse(text);
  return { data, timings: { downloadMs: downloaded - started, parseMs: performance.now() - downloaded } };
}

/** The slider's days: each day a stage of the program happened (or is known to be over by), first first. */
export async function loadTimeline() {
  const response = await fetch('/viz/timeline.json').catch((error) => {
    throw new ViewError(UNREACHABLE, error);
  });
  if (!response.ok) throw new ViewError(answerText(response.status));
  return (await response.json()).days;
}

const CONSORTIA_PAGE_QUERY = `query ConsortiaPage($after: String) {
  consortiaConnection(first: 1000, after: $after) {
    edges { node { id name memberCount } }
    pageInfo { hasNextPage endCursor }
  }
}`;
/** At most this many pages of 1,000 are read for the filter (100,000 consortia), so the loop is bounded. */
const MAX_CONSORTIA_PAGES = 100;

/**
 * Every consortium's id, name and member count, to search in the filter: read a page of 1,000 at a time through
 * the connection (the plain `consortia` list refuses graphs of more than 1,000).
 */
export async function loadConsortia() {
  const all = [];
  let after = null;
  for (let page = 0; page < MAX_CONSORTIA_PAGES; page += 1) {
    const { consortiaConnection } = await graphql(CONSORTIA_PAGE_QUERY, { after });
    all.push(...consortiaConnection.edges.map((edge) => edge.node));
    if (!consortiaConnection.pageInfo.hasNextPage) break;
    after = consortiaConnection.pageInfo.endCursor;
  }
  return all;
}

const ORGANIZATION_QUERY = `query Organization($id: ID!, $asOf: Date) {
  organization(id: $id) {
    name nameKo nameJa kind country
    parent { name }
    memberships(asOf: $asOf) {
      role category since until
      consortium { id name }
      sources { title publisher date url }
    }
  }
}`;

const CONSORTIUM_QUERY = `query Consortium($id: ID!, $asOf: Date) {
  consortium(id: $id) {
    name startDate endDate
    standing(asOf: $asOf) { status reason }
    members(asOf: $asOf) { role organization { name } sources { title publisher date url } }
    memberLists { complete source { title publisher date url } }
  }
}`;

export const loadOrganization = (id, asOf) => graphql(ORGANIZATION_QUERY, { id, asOf });
export const loadConsortium = (id, asOf) => graphql(CONSORTIUM_QUERY, { id, asOf });
