import { Writable } from 'node:stream';
import { EXPORT_FORMATS, pipeNetwork, writeNetwork } from '../../src/network/formats';
import type { ExportFormat } from '../../src/network/formats';
import type { Network, NetworkEdge, NetworkNode } from '../../src/network/networkTypes';

const NODE_COUNT = 50_000;
const EDGES_PER_NODE = 4;
const MAX_CHUNK_BYTES = 1024 * 1024;

/** A ring lattice: node i links to i+1..i+4, so 200k distinct undirected pairs and no self-loops. */
function largeNetwork(): Network {
  const nodes: NetworkNode[] = [];
  const edges: NetworkEdge[] = [];
  for (let i = 0; i < NODE_COUNT; i++) {
    nodes.push({
      id: `org:${i}`,
      entityId: String(i),
      label: i % 2 === 0 ? `기관 ${i} & <Co>` : `Organisation ${i}, "Ltd"`,
      type: 'ORGANIZATION',
      kind: 'COMPANY',
      country: 'KR',
      consortiumCount: 2,
      degree: 2 * EDGES_PER_NODE,
      weightedDegree: 2 * EDGES_PER_NODE,
      betweenness: 0.001,
      community: i % 7,
    });
    for (let step = 1; step <= EDGES_PER_NODE; step++) {
      const target = (i + step) % NODE_COUNT;
      edges.push({
        id: `e:${i}:${target}`,
        source: `org:${i}`,
        target: `org:${target}`,
        type: 'CO_MEMBERSHIP',
        weight: step,
        role: null,
        category: null,
      });
    }
  }
  return { projection: 'CO_MEMBERSHIP', nodes, edges };
}

interface ChunkStats {
  chunks: number;
  largestChunkBytes: number;
  totalBytes: number;
}

async function chunkStats(format: ExportFormat, network: Network): Promise<ChunkStats> {
  const stats: ChunkStats = { chunks: 0, largestChunkBytes: 0, totalBytes: 0 };
  for await (const chunk of writeNetwork(format, network)) {
    const bytes = Buffer.byteLength(chunk, 'utf8');
    stats.chunks += 1;
    stats.totalBytes += bytes;
    stats.largestChunkBytes = Math.max(stats.largestChunkBytes, bytes);
  }
  return stats;
}

/** A slow sink with a small buffer, so the writer must wait for 'drain' again and again. */
function slowSink(): { sink: Writable; received: () => string; drains: () => number } {
  const parts: string[] = [];
  let drains = 0;
  const sink = new Writable({
    highWaterMark: 16 * 1024,
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      parts.push(chunk);
      setImmediate(callback);
    },
  });
  sink.on('drain', () => (drains += 1));
  return { sink, received: () => parts.join(''), drains: () => drains };
}

describe('streaming a large network (50k nodes, 200k edges)', () => {
  const network = largeNetwork();

  it.each(EXPORT_FORMATS)('%s comes in many chunks, none over 1 MB', async (format) => {
    const stats = await chunkStats(format, network);

    expect(stats.totalBytes).toBeGreaterThan(2 * MAX_CHUNK_BYTES);
    expect(stats.chunks).toBeGreaterThan(50);
    expect(stats.largestChunkBytes).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
  });

  it('pipeNetwork waits for drain and delivers every chunk in order', async () => {
    const { sink, received, drains } = slowSink();

    await pipeNetwork('d3', network, sink);

    let expected = '';
    for await (const chunk of writeNetwork('d3', network)) expected += chunk;
    expect(drains()).toBeGreaterThan(10);
    expect(received()).toBe(expected);
    const parsed = JSON.parse(received()) as { nodes: unknown[]; links: unknown[] };
    expect([parsed.nodes.length, parsed.links.length]).toEqual([NODE_COUNT, NODE_COUNT * EDGES_PER_NODE]);
  });

  it('pipeNetwork rejects, rather than hanging, when the client goes away mid-export', async () => {
    const sink = sinkThatClosesAfter(3);

    await expect(pipeNetwork('graphml', network, sink)).rejects.toThrow(/closed before the network export/);
  });
});

/** A sink that accepts a few chunks and then goes away, as a client closing its connection would. */
function sinkThatClosesAfter(writes: number): Writable {
  let seen = 0;
  return new Writable({
    highWaterMark: 16 * 1024,
    write(_chunk, _encoding, callback) {
      seen += 1;
      callback();
      if (seen === writes) setImmediate(() => this.destroy());
    },
  });
}
