import {
  EXPORT_FORMATS,
  exportContentType,
  exportFileName,
  parseExportFormat,
  writeNetwork,
} from '../../src/network/formats';
import type { ExportFormat } from '../../src/network/formats';
import type { Network } from '../../src/network/networkTypes';

const ONE_EDGE: Network = {
  projection: 'CO_MEMBERSHIP',
  nodes: ['a', 'b'].map((id) => ({
    id: `org:${id}`,
    entityId: id,
    label: id,
    type: 'ORGANIZATION',
    kind: null,
    country: null,
    consortiumCount: 1,
    degree: 1,
    weightedDegree: 2,
    betweenness: 0,
    community: 0,
  })),
  edges: [{ id: 'e1', source: 'org:a', target: 'org:b', type: 'CO_MEMBERSHIP', weight: 2, role: null, category: null }],
};

async function exportText(format: ExportFormat): Promise<string> {
  const chunks: string[] = [];
  for await (const chunk of writeNetwork(format, ONE_EDGE)) chunks.push(chunk);
  return chunks.join('');
}

describe('export format registry', () => {
  it.each<[ExportFormat, string, string]>([
    ['graphml', 'network.graphml', 'application/graphml+xml; charset=utf-8'],
    ['gexf', 'network.gexf', 'application/gexf+xml; charset=utf-8'],
    ['cytoscape', 'network.cytoscape.json', 'application/json; charset=utf-8'],
    ['d3', 'network.d3.json', 'application/json; charset=utf-8'],
    ['graphology', 'network.graphology.json', 'application/json; charset=utf-8'],
    ['nodes.csv', 'network.nodes.csv', 'text/csv; charset=utf-8'],
    ['edges.csv', 'network.edges.csv', 'text/csv; charset=utf-8'],
  ])('%s is served as %s with %s', (format, fileName, contentType) => {
    expect(exportFileName(format)).toBe(fileName);
    expect(exportContentType(format)).toBe(contentType);
    expect(parseExportFormat(fileName)).toBe(format);
    expect(parseExportFormat(format)).toBe(format);
  });

  it('lists every format once', () => {
    expect(new Set(EXPORT_FORMATS).size).toBe(7);
  });

  it('reads a bare extension as its format', () => {
    expect(parseExportFormat('cytoscape.json')).toBe('cytoscape');
    expect(parseExportFormat('graphology.json')).toBe('graphology');
  });

  it.each(['', 'network', 'network.json', 'network.xml', 'GRAPHML', 'network.graphml.gz', 'csv', 'toString'])(
    'rejects %p',
    (text) => {
      expect(parseExportFormat(text)).toBeUndefined();
    },
  );
});

describe('writeNetwork', () => {
  it.each<[ExportFormat, RegExp]>([
    ['graphml', /^<\?xml[^>]*>\n<graphml /],
    ['gexf', /^<\?xml[^>]*>\n<gexf /],
    ['cytoscape', /^\{"elements":\{"nodes":\[/],
    ['d3', /^\{"directed":false,"multigraph":false,"nodes":\[/],
    ['graphology', /^\{"attributes":\{\},"options":/],
    ['nodes.csv', /^id,label,entityId,type,/],
    ['edges.csv', /^id,source,target,type,weight,role,category\r\n/],
  ])('%s writes the matching format', async (format, start) => {
    expect(await exportText(format)).toMatch(start);
  });
});
