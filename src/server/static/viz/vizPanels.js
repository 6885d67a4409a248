// The page's text around the drawing: legend, a clicked node's details (from /graphql), download links, notices.
import { CONSORTIUM_COLOUR, KIND_COLOURS, KIND_NAMES } from './vizDraw.js';
import { exportUrl, loadConsortium, loadOrganization } from './vizData.js';

export const $ = (id) => document.getElementById(id);

/** What each export opens in, for the download list; a format the server adds later shows its file name. */
const FORMAT_READERS = {
  graphml: 'GraphML — yEd, Cytoscape, NetworkX, Gephi',
  gexf: 'GEXF — Gephi (timeline)',
  cytoscape: 'Cytoscape JSON — Cytoscape, Cytoscape.js',
  d3: 'D3 node-link JSON',
  graphology: 'graphology JSON — sigma.js',
  'nodes.csv': 'Nodes CSV — Gephi, spreadsheets',
  'edges.csv': 'Edges CSV — Gephi, spreadsheets',
};

export function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

export function fillLegend() {
  const row = (colour, text, shapeClass = '') => {
    const div = element('div');
    const swatch = element('span', undefined, `swatch ${shapeClass}`);
    if (colour) swatch.style.background = colour;
    div.append(swatch, text);
    return div;
  };
  $('legend').replaceChildren(
    element('h2', 'Legend'),
    row(CONSORTIUM_COLOUR, 'Consortium'),
    ...Object.entries(KIND_COLOURS).map(([kind, colour]) => row(colour, KIND_NAMES[kind])),
    row(null, 'Membership (dark: lead)', 'edge'),
    element('p', 'Larger: more connections. Hover a node to see its neighbours; click it for its memberships.'),
  );
}

/** The download links of the current view, one per export format, with the view's parameters. */
export function fillDownloads(exports, view, measured) {
  const measures = measured ? 'all' : 'degree';
  $('download-list').replaceChildren(
    ...exports.map(({ format, fileName }) => {
      const link = element('a', FORMAT_READERS[format] ?? fileName);
      link.href = exportUrl(fileName, view, measures);
      link.dataset.format = format;
      link.setAttribute('download', '');
      const item = element('li');
      item.append(link);
      return item;
    }),
  );
}

/** Shows (or, with no text, hides) the notice above the drawing. */
export function showNotice(text) {
  $('notice').textContent = text ?? '';
  $('notice').hidden = !text;
}

export function showError(text) {
  $('error').textContent = text ?? '';
  $('error').hidden = !text;
}

const NARROW =
  'The drawing and degrees are complete. To see those measures, narrow the view: pick a few consortia above, tick ' +
  '“Only teams in the program”, or move the date back.';

/**
 * The words shown when the view is drawn without betweenness and communities, by `reason`: 'nodes' (more than the
 * server's `maxMeasuredNodes`), 'work' (few enough nodes, but V·(V+E) over `maxMeasureWork`: too many edges), or
 * 'failed' (the server was asked and could not answer: busy, or out of time).
 */
export function unmeasuredNotice(reason, nodeCount, edgeCount, settings) {
  const nodes = nodeCount.toLocaleString('en');
  if (reason === 'failed') {
    return (
      `The server could not compute who bridges consortia (betweenness) and communities for this view of ${nodes} ` +
      'nodes just now: it was busy or ran out of time. The drawing and degrees are complete. Reload the page to ' +
      'try again, or narrow the view: pick a few consortia above, tick “Only teams in the program”, or move the ' +
      'date back.'
    );
  }
  if (reason === 'work') {
    // The most nodes V with V·(V+E) within the budget, at this view's edges per node (E = rV): V = √(W / (1 + r)).
    const perNode = nodeCount > 0 ? edgeCount / nodeCount : 0;
    const affordable = Math.floor(Math.sqrt(settings.maxMeasureWork / (1 + perNode)));
    return (
      `This view has ${nodes} nodes and ${edgeCount.toLocaleString('en')} edges: too many connections for the ` +
      'server to compute who bridges consortia (betweenness) and communities within its time budget, which at ' +
      `this many edges per node it does up to about ${affordable.toLocaleString('en')} nodes. ${NARROW}`
    );
  }
  return (
    `This view has ${nodes} nodes: too many for the server to compute who bridges consortia (betweenness) and ` +
    `communities, which it does up to ${settings.maxMeasuredNodes.toLocaleString('en')} nodes within a time ` +
    `budget. ${NARROW}`
  );
}

/** Opens the details of a node: the organisation or consortium from /graphql, with memberships and sources. */
export async function showDetails(attributes, key, asOf, measured) {
  $('details').hidden = false;
  const body = $('details-body');
  body.replaceChildren(element('h2', attributes.label), element('p', 'Loading…'));
  const entityId = attributes.entityId ?? key.slice(key.indexOf(':') + 1);
  const measures = [['Connections', attributes.degree]];
  if (measured && attributes.betweenness !== undefined) {
    measures.push(['Betweenness', Number(attributes.betweenness).toFixed(3)], ['Community', attributes.community]);
  }
  if (attributes.nodeKind === 'CONSORTIUM') {
    const { consortium } = await loadConsortium(entityId, asOf);
    body.replaceChildren(...consortiumDetails(consortium, measures));
  } else {
    const { organization } = await loadOrganization(entityId, asOf);
    body.replaceChildren(...organizationDetails(organization, measures));
  }
}

function organizationDetails(org, measures) {
  const names = [org.nameKo, org.nameJa].filter(Boolean).join(' · ');
  const facts = [['Kind', KIND_NAMES[org.kind] ?? org.kind], ['Country', org.country ?? '—'], ...measures];
  if (org.parent) facts.push(['Part of', org.parent.name]);
  return [
    element('h2', org.name),
    element('p', names, 'names'),
    definitions(facts),
    element('h3', `Memberships (${org.memberships.length})`),
    list(
      org.memberships.map((m) =>
        withSources(
          `${m.consortium.name}${m.role === 'LEAD' ? ' — lead' : ''}${m.category ? ` (${m.category})` : ''}${period(m)}`,
          m.sources,
        ),
      ),
    ),
  ];
}

function consortiumDetails(consortium, measures) {
  const standing = consortium.standing ? `${consortium.standing.status.toLowerCase().replace(/_/g, ' ')}` : '—';
  const lists = consortium.memberLists.map((memberList) =>
    withSources(memberList.complete ? 'Complete member list' : 'Member list ends in “etc.”', [memberList.source]),
  );
  return [
    element('h2', consortium.name),
    definitions([['Standing', standing], ['Members', consortium.members.length], ...measures]),
    element('h3', 'Members'),
    list(
      consortium.members.map((m) =>
        withSources(`${m.organization.name}${m.role === 'LEAD' ? ' — lead' : ''}`, m.sources),
      ),
    ),
    element('h3', 'Sources'),
    list(lists),
  ];
}

const period = (m) => (m.since || m.until ? `, ${m.since ?? '…'} – ${m.until ?? 'now'}` : '');

/** A list item: the text, then each source as a link (or its title when it has no URL). */
function withSources(text, sources) {
  const item = element('li', text);
  const cited = element('span', undefined, 'sources');
  for (const source of sources) {
    const title = [source.publisher, source.date].filter(Boolean).join(', ') || source.title;
    const link = source.url ? element('a', title) : element('span', title);
    if (source.url) {
      link.href = source.url;
      link.rel = 'noreferrer';
      link.target = '_blank';
      link.title = source.title;
    }
    cited.append(link);
  }
  if (sources.length > 0) item.append(cited);
  return item;
}

function definitions(pairs) {
  const dl = element('dl');
  for (const [term, value] of pairs) dl.append(element('dt', term), element('dd', String(value ?? '—')));
  return dl;
}

function list(items) {
  const ul = element('ul');
  ul.append(...items);
  return ul;
}
