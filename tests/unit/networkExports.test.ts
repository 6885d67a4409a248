import { DOMParser } from '@xmldom/xmldom';
import Ajv from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import Graph, { UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { writeNetwork } from '../../src/network/formats';
import type { ExportFormat } from '../../src/network/formats';
import type { Network, NetworkEdge, NetworkNode } from '../../src/network/networkTypes';

const LABELS = {
  xmlSpecial: `R&D <Lab> "x" 'y'`,
  korean: '서울대학교 산학협력단',
  japanese: '韓国科学技術院',
  hebrew: 'שלום',
  control: 'Bell\u0007Labs',
  csvSpecial: 'Line one,\nline "two"',
};

function node(id: string, label: string, overrides: Partial<NetworkNode> = {}): NetworkNode {
  return {
    id,
    entityId: id.split(':')[1] ?? id,
    label,
    type: 'ORGANIZATION',
    kind: 'UNIVERSITY',
    country: 'KR',
    consortiumCount: 1,
    degree: 1,
    weightedDegree: 1,
    betweenness: 0,
    community: 0,
    ...overrides,
  };
}

function edge(source: string, target: string, overrides: Partial<NetworkEdge> = {}): NetworkEdge {
  return {
    id: `${source}|${target}`,
    source,
    target,
    type: 'MEMBERSHIP',
    weight: 1,
    role: 'MEMBER',
    category: null,
    ...overrides,
  };
}

const SAMPLE: Network = {
  projection: 'BIPARTITE',
  nodes: [
    node('consortium:c1', 'K-AI Consortium', { type: 'CONSORTIUM', kind: null, country: null, consortiumCount: 5 }),
    node('org:1', LABELS.xmlSpecial, { betweenness: 0.25, weightedDegree: 2.5 }),
    node('org:2', LABELS.korean, { community: 1 }),
    node('org:3', LABELS.japanese, { country: 'JP' }),
    node('org:4', LABELS.hebrew, { country: 'IL' }),
    node('org:5', LABELS.control),
    node('org:6', LABELS.csvSpecial, { kind: null }),
  ],
  edges: [
    edge('org:1', 'consortium:c1', { role: 'LEAD', weight: 2.5 }),
    edge('org:2', 'consortium:c1'),
    edge('org:3', 'consortium:c1'),
    edge('org:4', 'consortium:c1'),
    edge('org:5', 'consortium:c1', { category: 'R&D <core>' }),
    edge('org:1', 'org:2', { type: 'AFFILIATION', role: null, category: 'subsidiary' }),
  ],
};

/** What every reader should see: U+0007 (BEL) is written as its Control Picture, U+2407, in every format. */
function exportedLabel(label: string): string {
  return label.replace('\u0007', '\u2407');
}

async function exportText(format: ExportFormat, network: Network = SAMPLE): Promise<string> {
  let text = '';
  for await (const chunk of writeNetwork(format, network)) text += chunk;
  return text;
}

/** XML problems xmldom reports (it recovers from them, so the graph parsers alone would not notice). */
function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const collect = (message: string) => problems.push(message);
  new DOMParser({ errorHandler: { warning: collect, error: collect, fatalError: collect } }).parseFromString(
    text,
    'application/xml',
  );
  return problems;
}

/** Counts and labels of a graphology graph read back from an export, against the sample. */
function expectGraphMatchesSample(graph: Graph): void {
  expect(graph.order).toBe(SAMPLE.nodes.length);
  expect(graph.size).toBe(SAMPLE.edges.length);
  expect(graph.mapNodes((key, attributes) => [key, attributes.label])).toEqual(
    SAMPLE.nodes.map((n) => [n.id, exportedLabel(n.label)]),
  );
  for (const e of SAMPLE.edges) expect(graph.hasEdge(e.source, e.target)).toBe(true);
}

describe('network exports, read back by independent readers', () => {
  it('GraphML: graphology-graphml reads nodes, edges, labels and typed attributes', async () => {
    const text = await exportText('graphml');
    const graph = parseGraphml(Graph, text);

    expect(xmlProblems(text)).toEqual([]);
    expect(graph.type).toBe('undirected');
    expectGraphMatchesSample(graph);
    expect(graph.getNodeAttributes('org:1')).toMatchObject({
      nodeKind: 'ORGANIZATION',
      kind: 'UNIVERSITY',
      degree: 1,
      weightedDegree: 2.5,
      betweenness: 0.25,
    });
    // A null attribute is absent, not an empty string.
    expect(graph.getNodeAttributes('consortium:c1')).not.toHaveProperty('kind');
    expect(graph.getEdgeAttributes('org:1|consortium:c1')).toMatchObject({
      edgeKind: 'MEMBERSHIP',
      weight: 2.5,
      role: 'LEAD',
    });
    expect(graph.getEdgeAttribute('org:5|consortium:c1', 'category')).toBe('R&D <core>');
  });

  it('GEXF: graphology-gexf reads nodes, edges, labels, typed attributes and weights', async () => {
    const text = await exportText('gexf');
    const graph = parseGexf(Graph, text);

    expect(xmlProblems(text)).toEqual([]);
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(graph.type).toBe('undirected');
    expectGraphMatchesSample(graph);
    expect(graph.getNodeAttributes('org:2')).toMatchObject({ nodeKind: 'ORGANIZATION', community: 1, degree: 1 });
    expect(graph.getEdgeAttributes('org:1|consortium:c1')).toMatchObject({ weight: 2.5, role: 'LEAD' });
    expect(graph.getEdgeAttribute('org:1|org:2', 'edgeKind')).toBe('AFFILIATION');
    // No reader sees a `type`: sigma.js would look for a renderer program of that name.
    expect(graph.getNodeAttributes('org:2')).not.toHaveProperty('type');
  });

  it('Cytoscape.js JSON: matches the elements schema and loads into headless Cytoscape', async () => {
    const data: unknown = JSON.parse(await exportText('cytoscape'));

    const validate = new Ajv().compile(CYTOSCAPE_ELEMENTS_SCHEMA);
    expect(validate(data) ? [] : validate.errors).toEqual([]);

    const cy = cytoscape({ headless: true, elements: (data as { elements: cytoscape.ElementsDefinition }).elements });
    expect(cy.nodes().length).toBe(SAMPLE.nodes.length);
    expect(cy.edges().length).toBe(SAMPLE.edges.length);
    expect(cy.nodes().map((n) => n.data('label') as string)).toEqual(SAMPLE.nodes.map((n) => exportedLabel(n.label)));
  });

  it('D3 JSON: every link names existing nodes, and it rebuilds the same graph', async () => {
    const data = JSON.parse(await exportText('d3')) as {
      nodes: { id: string; label: string }[];
      links: { source: string; target: string; weight: number }[];
    };
    const graph = new UndirectedGraph();
    for (const n of data.nodes) graph.addNode(n.id, { label: n.label });
    for (const link of data.links) graph.addEdge(link.source, link.target, { weight: link.weight });

    expectGraphMatchesSample(graph);
  });

  it('graphology JSON: Graph.from and import rebuild the same undirected graph', async () => {
    const data = JSON.parse(await exportText('graphology')) as SerializedGraph;
    const graph = Graph.from(data);

    expect(data.options).toEqual({ type: 'undirected', multi: false, allowSelfLoops: false });
    expect(graph.type).toBe('undirected');
    expectGraphMatchesSample(graph);
    expect(graph.getNodeAttributes('consortium:c1')).toMatchObject({ consortiumCount: 5, nodeKind: 'CONSORTIUM' });
    // A null is left out, as GraphML and GEXF leave it out.
    expect(graph.getNodeAttributes('consortium:c1')).not.toHaveProperty('kind');
    expect(graph.getNodeAttributes('consortium:c1')).not.toHaveProperty('type');
    expect(new UndirectedGraph().import(data).size).toBe(SAMPLE.edges.length);
  });

  it('nodes CSV: csv-parse reads one row per node with the labels intact', async () => {
    const rows = parseCsv(await exportText('nodes.csv'), { columns: true }) as Record<string, string>[];

    expect(rows).toHaveLength(SAMPLE.nodes.length);
    expect(rows.map((row) => row.Label)).toEqual(SAMPLE.nodes.map((n) => exportedLabel(n.label)));
    expect(rows[0]).toMatchObject({ Id: 'consortium:c1', kind: '', consortiumCount: '5' });
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'Id',
      'Label',
      'labelLanguage',
      'name',
      'nameKo',
      'nameJa',
      'entityId',
      'nodeKind',
      'kind',
      'country',
      'consortiumCount',
      'title',
      'frameworkProgramme',
      'degree',
      'weightedDegree',
      'betweenness',
      'community',
      'x',
      'y',
      'size',
    ]);
  });

  it('edges CSV: csv-parse reads one row per edge', async () => {
    const rows = parseCsv(await exportText('edges.csv'), { columns: true }) as Record<string, string>[];

    expect(rows).toHaveLength(SAMPLE.edges.length);
    expect(rows.map((row) => [row.Source, row.Target])).toEqual(SAMPLE.edges.map((e) => [e.source, e.target]));
    expect(rows[0]).toMatchObject({ Type: 'Undirected', edgeKind: 'MEMBERSHIP', Weight: '2.5', role: 'LEAD' });
  });

  it('CSV quotes a field with a comma, a quote or a line break, and uses CRLF line ends', async () => {
    const text = await exportText('nodes.csv');

    expect(text).toContain('"Line one,\nline ""two"""');
    expect(text.split('\r\n')).toHaveLength(SAMPLE.nodes.length + 2);
  });

  it.each<ExportFormat>(['graphml', 'gexf', 'cytoscape', 'd3', 'graphology', 'nodes.csv', 'edges.csv'])(
    '%s: an empty network is still a valid file',
    async (format) => {
      const text = await exportText(format, { projection: 'CO_MEMBERSHIP', nodes: [], edges: [] });

      expect(text.length).toBeGreaterThan(0);
      if (format === 'graphml') expect(parseGraphml(Graph, text).order).toBe(0);
      if (format === 'gexf') expect(parseGexf(Graph, text).order).toBe(0);
      if (format === 'graphology') expect(Graph.from(JSON.parse(text) as SerializedGraph).order).toBe(0);
      if (format === 'cytoscape' || format === 'd3') expect(() => JSON.parse(text) as unknown).not.toThrow();
      if (format.endsWith('.csv')) expect(parseCsv(text, { columns: true })).toEqual([]);
    },
  );
});

describe('hostile text in every format', () => {
  // Each stored text, what every reader must see (`text`) and what a CSV cell holds (`csv`), written out by hand.
  const HOSTILE: Array<{ stored: string; text: string; csv: string }> = [
    {
      stored: '=HYPERLINK("http://127.0.0.1/","x")',
      text: '=HYPERLINK("http://127.0.0.1/","x")',
      csv: `'=HYPERLINK("http://127.0.0.1/","x")`,
    },
    { stored: '+1', text: '+1', csv: "'+1" },
    { stored: '-2+3', text: '-2+3', csv: "'-2+3" },
    { stored: '@SUM(A1:A9)', text: '@SUM(A1:A9)', csv: "'@SUM(A1:A9)" },
    { stored: '\tTabbed', text: '\tTabbed', csv: "'\tTabbed" },
    { stored: '\rReturn', text: '\rReturn', csv: "'\rReturn" },
    {
      stored: 'NUL\u0000VT\u000BFF\u000CDEL\u007F',
      text: 'NUL\u2400VT\u240BFF\u240CDEL\u2421',
      csv: 'NUL\u2400VT\u240BFF\u240CDEL\u2421',
    },
    { stored: '=\u0000', text: '=\u2400', csv: "'=\u2400" },
    { stored: 'lone \uD800 surrogate', text: 'lone \uFFFD surrogate', csv: 'lone \uFFFD surrogate' },
    // Right-to-left marks and overrides are text (Hebrew and Arabic names need them): kept as they are.
    { stored: '\u200Fשלום\u200E', text: '\u200Fשלום\u200E', csv: '\u200Fשלום\u200E' },
    { stored: '\u202Egnp.exe\u202C', text: '\u202Egnp.exe\u202C', csv: '\u202Egnp.exe\u202C' },
    { stored: 'Plain name, with comma', text: 'Plain name, with comma', csv: 'Plain name, with comma' },
  ];
  // An id with a control character: the node and the edges naming it agree on its cleaned form.
  const NUL_ID = 'org:nul\u0000id';
  const NUL_ID_WRITTEN = 'org:nul\u2400id';

  const HOSTILE_NETWORK: Network = {
    projection: 'BIPARTITE',
    nodes: [
      node('consortium:c', '-consortium', { type: 'CONSORTIUM', kind: null, country: null }),
      ...HOSTILE.map(({ stored }, i) => node(`org:h${i}`, stored)),
      node(NUL_ID, 'NUL id'),
    ],
    edges: [
      ...HOSTILE.map(({ stored }, i) => edge(`org:h${i}`, 'consortium:c', { category: stored, weight: -1.5 })),
      edge(NUL_ID, 'consortium:c'),
    ],
  };
  const expectedLabels = (field: 'text' | 'csv') => [
    ...HOSTILE.map((entry, i) => [`org:h${i}`, entry[field]]),
    [NUL_ID_WRITTEN, 'NUL id'],
  ];

  const labelsOf = (graph: Graph) =>
    graph.filterNodes((key) => key !== 'consortium:c').map((key) => [key, graph.getNodeAttribute(key, 'label')]);
  const categoriesOf = (graph: Graph) =>
    HOSTILE.map((_entry, i) => graph.getEdgeAttribute(graph.edge(`org:h${i}`, 'consortium:c')!, 'category') as string);

  it.each<[ExportFormat, (text: string) => Graph]>([
    ['graphml', (text) => parseGraphml(Graph, text)],
    ['gexf', (text) => parseGexf(Graph, text)],
    ['graphology', (text) => Graph.from(JSON.parse(text) as SerializedGraph)],
  ])(
    '%s: the reader gets every text cleaned, the same as in JSON, and ids and edge ends agree',
    async (format, read) => {
      const text = await exportText(format, HOSTILE_NETWORK);
      if (format !== 'graphology') expect(xmlProblems(text)).toEqual([]);
      const graph = read(text);

      expect(labelsOf(graph)).toEqual(expectedLabels('text'));
      expect(categoriesOf(graph)).toEqual(HOSTILE.map((entry) => entry.text));
      expect(graph.hasEdge(NUL_ID_WRITTEN, 'consortium:c')).toBe(true);
      expect(graph.getNodeAttribute('consortium:c', 'label')).toBe('-consortium');
    },
  );

  it.each<ExportFormat>(['cytoscape', 'd3'])('%s: JSON.parse gets every text cleaned', async (format) => {
    const data = JSON.parse(await exportText(format, HOSTILE_NETWORK)) as {
      elements?: { nodes: Array<{ data: { id: string; label: string } }> };
      nodes?: Array<{ id: string; label: string }>;
    };
    const nodes = data.elements ? data.elements.nodes.map((n) => n.data) : data.nodes!;
    expect(nodes.filter((n) => n.id !== 'consortium:c').map((n) => [n.id, n.label])).toEqual(expectedLabels('text'));
  });

  it('nodes CSV: csv-parse reads formula-like text cells with a leading quote and numbers as they are', async () => {
    const rows = parseCsv(await exportText('nodes.csv', HOSTILE_NETWORK), { columns: true }) as Record<
      string,
      string
    >[];

    expect(rows.slice(1).map((row) => [row.Id, row.Label])).toEqual(expectedLabels('csv'));
    expect(rows[0]).toMatchObject({ Id: 'consortium:c', Label: "'-consortium", consortiumCount: '1' });
  });

  it('edges CSV: text columns neutralised, a negative weight left a number', async () => {
    const rows = parseCsv(await exportText('edges.csv', HOSTILE_NETWORK), { columns: true }) as Record<
      string,
      string
    >[];

    expect(rows.slice(0, HOSTILE.length).map((row) => row.category)).toEqual(HOSTILE.map((entry) => entry.csv));
    expect(rows.slice(0, HOSTILE.length).map((row) => row.Weight)).toEqual(HOSTILE.map(() => '-1.5'));
    expect(rows.at(-1)).toMatchObject({ Source: NUL_ID_WRITTEN, Target: 'consortium:c' });
  });

  it('no file of any format carries a C0 control other than tab, line feed and carriage return', async () => {
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
    for (const format of ['graphml', 'gexf', 'cytoscape', 'd3', 'graphology', 'nodes.csv', 'edges.csv'] as const) {
      expect([format, forbidden.test(await exportText(format, HOSTILE_NETWORK))]).toEqual([format, false]);
    }
  });
});

const CYTOSCAPE_ELEMENTS_SCHEMA = {
  type: 'object',
  required: ['elements'],
  properties: {
    elements: {
      type: 'object',
      required: ['nodes', 'edges'],
      additionalProperties: false,
      properties: {
        nodes: {
          type: 'array',
          items: {
            type: 'object',
            required: ['data'],
            properties: {
              data: {
                type: 'object',
                required: ['id', 'label', 'nodeKind', 'degree', 'weightedDegree', 'betweenness', 'community'],
                // No null anywhere (left out instead) and no `type` (a renderer's name in sigma.js).
                not: { required: ['type'] },
                properties: {
                  id: { type: 'string', minLength: 1 },
                  label: { type: 'string' },
                  nodeKind: { enum: ['ORGANIZATION', 'CONSORTIUM'] },
                  kind: { type: 'string' },
                  country: { type: 'string' },
                  degree: { type: 'integer', minimum: 0 },
                  weightedDegree: { type: 'number', minimum: 0 },
                  betweenness: { type: 'number', minimum: 0, maximum: 1 },
                  community: { type: 'integer', minimum: 0 },
                },
              },
            },
          },
        },
        edges: {
          type: 'array',
          items: {
            type: 'object',
            required: ['data'],
            properties: {
              data: {
                type: 'object',
                required: ['id', 'source', 'target', 'edgeKind', 'weight'],
                not: { required: ['type'] },
                properties: {
                  id: { type: 'string', minLength: 1 },
                  source: { type: 'string', minLength: 1 },
                  target: { type: 'string', minLength: 1 },
                  edgeKind: { enum: ['MEMBERSHIP', 'CO_MEMBERSHIP', 'AFFILIATION'] },
                  weight: { type: 'number' },
                  role: { type: 'string' },
                  category: { type: 'string' },
                },
              },
            },
          },
        },
      },
    },
  },
};
