import { Writable } from 'node:stream';
import {
  EXPORT_FORMATS,
  ExportStalledError,
  exportContentType,
  exportFileName,
  parseExportFormat,
  pipeNetwork,
  writeNetwork,
} from '../../src/network/formats';
import type { ExportFormat } from '../../src/network/formats';
import type { Network } from '../../src/network/networkTypes';
import { exportSlots } from '../../src/server/exportSlots';

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
    ['cytoscape', 'network.cyjs', 'application/json; charset=utf-8'],
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
    ['nodes.csv', /^Id,Label,labelLanguage,name,nameKo,nameJa,entityId,nodeKind,/],
    ['edges.csv', /^Id,Source,Target,Type,Weight,edgeKind,role,category,since,until,ecContribution\r\n/],
  ])('%s writes the matching format', async (format, start) => {
    expect(await exportText(format)).toMatch(start);
  });
});

describe('pipeNetwork and a client that stops reading', () => {
  /** A stream whose buffer is full after the first chunk and that drains after `drainAfterMs`, or never. */
  function slowSink(drainAfterMs: number | null): Writable {
    return new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        if (drainAfterMs !== null) setTimeout(done, drainAfterMs);
      },
    });
  }

  it('rejects with ExportStalledError once the stream stays full for stallTimeoutMs, leaving no listener', async () => {
    const sink = slowSink(null);
    const started = performance.now();
    const piped = pipeNetwork('graphml', ONE_EDGE, sink, 100);
    await expect(piped).rejects.toBeInstanceOf(ExportStalledError);
    await expect(piped).rejects.toThrow('The client read nothing of the network export for 100 ms');
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
    expect(['drain', 'error', 'close'].map((event) => sink.listenerCount(event))).toEqual([0, 0, 0]);
  });

  it('waits for a stream that drains slowly but within the stall timeout', async () => {
    const sink = slowSink(30);
    await expect(pipeNetwork('graphml', ONE_EDGE, sink, 1000)).resolves.toBeUndefined();
  });
});

describe('exportSlots', () => {
  it('hands out max places, refuses the next, and takes each back once', () => {
    const slots = exportSlots(2);
    const first = slots.tryTake();
    const second = slots.tryTake();
    expect([first, second].every((giveBack) => typeof giveBack === 'function')).toBe(true);
    expect(slots.tryTake()).toBeNull();
    expect(slots.taken).toBe(2);

    first!();
    first!(); // a second give-back of the same place frees nothing more
    expect(slots.taken).toBe(1);
    const third = slots.tryTake();
    expect(third).not.toBeNull();
    expect(slots.tryTake()).toBeNull();
    second!();
    third!();
    expect(slots.taken).toBe(0);
  });
});
