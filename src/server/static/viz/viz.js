// The network view: draws the GraphQL `network` field with Cytoscape.js. No framework, no build step.
'use strict';

const KIND_COLOURS = {
  COMPANY: '#3b82f6',
  UNIVERSITY: '#10b981',
  RESEARCH_INSTITUTE: '#f59e0b',
  GOVERNMENT_AGENCY: '#ef4444',
  INDUSTRY_ACADEMIA_FOUNDATION: '#8b5cf6',
  OTHER: '#94a3b8',
};
const KIND_NAMES = {
  COMPANY: 'Company',
  UNIVERSITY: 'University',
  RESEARCH_INSTITUTE: 'Research institute',
  GOVERNMENT_AGENCY: 'Government agency',
  INDUSTRY_ACADEMIA_FOUNDATION: 'Industry–academia foundation',
  OTHER: 'Other',
};
const CONSORTIUM_COLOUR = '#1e293b';

const NETWORK_QUERY = `query Network($projection: NetworkProjection, $consortia: [ID!]) {
  network(projection: $projection, consortia: $consortia, includeAffiliations: true) {
    nodes { id entityId label type kind country consortiumCount degree betweenness community }
    edges { id source target type weight role }
  }
}`;
const CONSORTIA_QUERY = `{ consortia { id name memberCount } }`;
const SEARCH_QUERY = `query Search($text: String!) { search(text: $text, first: 50) { organization { id } } }`;
const ORGANIZATION_QUERY = `query Organization($id: ID!) {
  organization(id: $id) { name nameKo nameJa kind country memberships { role category consortium { name } } }
}`;
const CONSORTIUM_QUERY = `query Consortium($id: ID!) {
  consortium(id: $id) { name members { organization { name } role } }
}`;

window.vizState = { ready: false, nodeCount: 0 };
const $ = (id) => document.getElementById(id);

/** POSTs a GraphQL operation to /graphql and returns its data, or throws its first error. */
async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data;
}

const cy = cytoscape({
  container: $('cy'),
  minZoom: 0.2,
  maxZoom: 4,
  wheelSensitivity: 0.3,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': (node) => KIND_COLOURS[node.data('kind')] ?? KIND_COLOURS.OTHER,
        width: (node) => nodeSize(node),
        height: (node) => nodeSize(node),
        // "consortium" is implied by the shape; long names wrap.
        label: (node) => node.data('label').replace(/ consortium$/, ''),
        'text-wrap': 'wrap',
        'text-max-width': 150,
        'font-size': 13,
        color: '#102a43',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': '#fff',
        'text-outline-width': 3,
        'text-opacity': (node) => (node.data('consortiumCount') >= 2 ? 1 : 0),
        'min-zoomed-font-size': 4,
        'border-width': 1,
        'border-color': '#fff',
      },
    },
    {
      selector: 'node[type = "CONSORTIUM"]',
      style: {
        shape: 'round-diamond',
        'background-color': CONSORTIUM_COLOUR,
        'font-size': 14,
        'font-weight': 'bold',
        'text-opacity': 1,
      },
    },
    { selector: 'edge', style: { width: 1, 'line-color': '#cbd5e1', 'curve-style': 'haystack', opacity: 0.8 } },
    { selector: 'edge[role = "LEAD"]', style: { width: 2.5, 'line-color': '#64748b' } },
    {
      selector: 'edge[type = "CO_MEMBERSHIP"]',
      style: { width: (edge) => Math.min(1 + (edge.data('weight') - 1) * 2, 8) },
    },
    {
      selector: 'edge[type = "AFFILIATION"]',
      style: { 'line-style': 'dashed', 'line-color': '#8b5cf6', width: 2, 'curve-style': 'straight' },
    },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0 } },
    {
      selector: 'node.match',
      style: { 'border-width': 4, 'border-color': '#facc15', 'text-opacity': 1, 'z-index': 10 },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f97316', 'text-opacity': 1 } },
  ],
});
window.cy = cy;

function nodeSize(node) {
  const count = node.data('consortiumCount');
  return node.data('type') === 'CONSORTIUM' ? 26 + Math.min(count, 20) * 1.5 : 12 + count * 5;
}

/** Loads the network for the current projection and consortia, and lays it out. */
async function loadNetwork() {
  window.vizState = { ready: false, nodeCount: 0 };
  document.body.dataset.ready = 'false';
  setStatus('Loading…');
  const { network } = await graphql(NETWORK_QUERY, {
    projection: $('projection').value,
    consortia: checkedConsortia(),
  });
  cy.elements().remove();
  cy.add([
    ...network.nodes.map((node) => ({ group: 'nodes', data: node })),
    ...network.edges.map((edge) => ({ group: 'edges', data: edge })),
  ]);
  const layout = cy.layout({
    name: 'cose',
    animate: false,
    randomize: true,
    // Strong gravity keeps the small one-member teams near the main component instead of at the edges.
    gravity: 60,
    componentSpacing: 30,
    nodeRepulsion: () => 6000,
    idealEdgeLength: () => 40,
    numIter: 2500,
    padding: 30,
  });
  layout.one('layoutstop', () => {
    cy.fit(undefined, 30);
    window.vizState = { ready: true, nodeCount: cy.nodes().length };
    document.body.dataset.ready = 'true';
    setStatus(`${network.nodes.length} nodes, ${network.edges.length} edges`);
    highlightMatches($('search').value);
  });
  layout.run();
}

function setStatus(text) {
  $('status').textContent = text;
}

/** The consortia ticked, or null when all are (no restriction). */
function checkedConsortia() {
  const boxes = [...document.querySelectorAll('#consortia-list input')];
  const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
  $('consortia-summary').textContent = ticked.length === boxes.length ? '(all)' : `(${ticked.length})`;
  return ticked.length === boxes.length ? null : ticked;
}

async function fillConsortia() {
  const { consortia } = await graphql(CONSORTIA_QUERY);
  for (const consortium of consortia) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = consortium.id;
    box.checked = true;
    box.addEventListener('change', () => loadNetwork().catch(showError));
    label.append(box, ` ${consortium.name} (${consortium.memberCount})`);
    $('consortia-list').append(label);
  }
}

function fillLegend() {
  const row = (swatchClass, colour, text) => {
    const div = document.createElement('div');
    const swatch = document.createElement('span');
    swatch.className = `swatch ${swatchClass}`;
    if (colour) swatch.style.background = colour;
    div.append(swatch, text);
    return div;
  };
  $('legend').append(
    row('consortium', CONSORTIUM_COLOUR, 'Consortium'),
    ...Object.entries(KIND_COLOURS).map(([kind, colour]) => row('', colour, KIND_NAMES[kind])),
    row('edge', null, 'Membership (thick: lead)'),
    row('edge dashed', null, 'Part of'),
    document.createTextNode('Size: number of consortia'),
  );
}

/**
 * Highlights nodes whose label contains the text, and organisations the full-text search finds by any of their
 * names (Korean, Japanese, aliases); everything else fades.
 */
let searchRun = 0;
async function highlightMatches(text) {
  const run = ++searchRun;
  const words = text.trim().toLocaleLowerCase();
  cy.elements().removeClass('faded match');
  if (!words) return;
  const ids = new Set(
    cy
      .nodes()
      .filter((node) => node.data('label').toLocaleLowerCase().includes(words))
      .map((node) => node.id()),
  );
  const { search } = await graphql(SEARCH_QUERY, { text: words }).catch(() => ({ search: [] }));
  if (run !== searchRun) return;
  for (const hit of search) ids.add(`org:${hit.organization.id}`);
  const matches = cy.nodes().filter((node) => ids.has(node.id()));
  cy.elements().not(matches).addClass('faded');
  matches.addClass('match');
  setStatus(`${matches.length} matching`);
  if (matches.length > 0) cy.animate({ fit: { eles: matches.closedNeighborhood(), padding: 60 } }, { duration: 300 });
}

async function showDetails(node) {
  const data = node.data();
  $('details').hidden = false;
  const body = $('details-body');
  body.replaceChildren(element('h2', data.label), element('p', 'Loading…'));
  const facts = [
    ['Degree', data.degree],
    ['Betweenness', data.betweenness.toFixed(3)],
    ['Community', data.community],
  ];
  if (data.type === 'CONSORTIUM') {
    const { consortium } = await graphql(CONSORTIUM_QUERY, { id: data.entityId });
    body.replaceChildren(
      element('h2', consortium.name),
      definitions([['Members', consortium.members.length], ...facts]),
      list(consortium.members.map((m) => `${m.organization.name}${m.role === 'LEAD' ? ' (lead)' : ''}`)),
    );
  } else {
    const { organization: org } = await graphql(ORGANIZATION_QUERY, { id: data.entityId });
    body.replaceChildren(
      element('h2', org.name),
      element('p', [org.nameKo, org.nameJa].filter(Boolean).join(' · '), 'names'),
      definitions([['Kind', KIND_NAMES[org.kind] ?? org.kind], ['Country', org.country ?? '—'], ...facts]),
      element('h3', `Memberships (${org.memberships.length})`),
      list(
        org.memberships.map(
          (m) => `${m.consortium.name}${m.role === 'LEAD' ? ' — lead' : ''}${m.category ? ` (${m.category})` : ''}`,
        ),
      ),
    );
  }
}

function element(tag, text, className) {
  const el = document.createElement(tag);
  el.textContent = text;
  if (className) el.className = className;
  return el;
}

function definitions(pairs) {
  const dl = document.createElement('dl');
  for (const [term, value] of pairs) dl.append(element('dt', term), element('dd', String(value)));
  return dl;
}

function list(items) {
  const ul = document.createElement('ul');
  ul.append(...items.map((item) => element('li', item)));
  return ul;
}

function showError(error) {
  setStatus(`Error: ${error.message}`);
}

let searchTimer;
$('search').addEventListener('input', (event) => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => highlightMatches(event.target.value).catch(showError), 200);
});
$('projection').addEventListener('change', () => loadNetwork().catch(showError));
$('close-details').addEventListener('click', () => {
  $('details').hidden = true;
  cy.nodes().unselect();
});
cy.on('tap', 'node', (event) => showDetails(event.target).catch(showError));

fillLegend();
fillConsortia().then(loadNetwork).catch(showError);
