import http from 'node:http';
import zlib from 'node:zlib';
import type { SerializedGraph } from 'graphology-types';
import type { Database } from '../../src/db/database';
import { DEFAULT_NETWORK_LIMITS } from '../../src/network/networkLimits';
import { startVizWarmer, VizNetworkCache, type VizProgram } from '../../src/network/vizNetwork';
import { activeOn, seedConsortiumIds, seedStages } from '../support/seedFacts';
import { useTestServer, type TestServer } from '../support/testServer';

// /viz/network.json over real HTTP on the seed graph in Neo4j: the network of all time with the program's days,
// kept gzipped per graph version (a write builds it again), and the warmer that builds it before anyone asks.

let db: Database;
let server: TestServer;
useTestServer((started) => {
  db = started.db;
  server = started.server;
});

const today = () => new Date().toISOString().slice(0, 10);

interface VizNetwork {
  program: VizProgram;
  graph: SerializedGraph<Record<string, unknown>>;
}

/** A download without automatic unpacking: the status, the headers and the raw body. */
function rawGet(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = http.get(`${server.baseUrl}${path}`, { agent: false, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.once('error', reject);
    });
    request.setTimeout(60_000, () => request.destroy(new Error('no answer within 60 s')));
    request.once('error', reject);
  });
}

async function vizNetwork(path = '/viz/network.json') {
  const answer = await rawGet(path, { 'accept-encoding': 'gzip' });
  expect(answer.status).toBe(200);
  expect(answer.headers['content-encoding']).toBe('gzip');
  return {
    cache: answer.headers['x-viz-cache'],
    network: JSON.parse(zlib.gunzipSync(answer.body).toString()) as VizNetwork,
  };
}

const keys = (items: Array<{ key?: string }>) => items.map((item) => item.key).sort();

describe('/viz/network.json', () => {
  it('is the bipartite export of all time with the program of every stage day, kept until a write', async () => {
    const first = await vizNetwork();
    expect(first.cache).toBe('miss');
    const exported = (await (
      await fetch(`${server.baseUrl}/export/network.graphology.json?measures=degree`)
    ).json()) as VizNetwork['graph'];
    expect(keys(first.network.graph.nodes)).toEqual(keys(exported.nodes));
    expect(keys(first.network.graph.edges)).toEqual(keys(exported.edges));

    // The program: the seed's stage days before today and today, each with the teams in the program on it.
    const { program } = first.network;
    const days = [...new Set(seedStages.map((stage) => String(stage.date ?? stage.knownBy).slice(0, 10)))]
      .filter((day) => day < today())
      .sort();
    expect(program.today).toBe(today());
    expect(Object.keys(program.inProgram).sort()).toEqual([...days, today()]);
    for (const day of [...days, today()]) {
      const expected = seedConsortiumIds.filter((id) => activeOn(id, day)).sort();
      expect({ day, inProgram: [...program.inProgram[day]!].sort() }).toEqual({ day, inProgram: expected });
    }

    expect((await vizNetwork()).cache).toBe('hit');
    // A write nothing reads still changes the graph's version: the network is built again.
    await db.write('CREATE (:VizNetworkProbe)');
    await db.write('MATCH (p:VizNetworkProbe) DELETE p');
    const afterWrite = await vizNetwork();
    expect(afterWrite.cache).toBe('miss');
    expect(afterWrite.network).toEqual(first.network);
  }, 120_000);

  it('narrows to the consortia asked for, unpacks for a client without gzip, and refuses what it does not know', async () => {
    const upstage = await rawGet('/viz/network.json?consortia=upstage', { 'accept-encoding': 'identity' });
    expect(upstage.status).toBe(200);
    expect(upstage.headers['content-encoding']).toBeUndefined();
    const { graph } = JSON.parse(upstage.body.toString()) as VizNetwork;
    const consortia = graph.nodes.filter((node) => node.attributes!.nodeKind === 'CONSORTIUM');
    expect(consortia.map((node) => node.key)).toEqual(['consortium:upstage']);
    expect(graph.edges.length).toBe(graph.nodes.length - 1);

    for (const path of ['/viz/network.json?asOf=2025-01-01', '/viz/network.json?consortia=no-such-consortium']) {
      const refused = await rawGet(path, { 'accept-encoding': 'identity' });
      expect({ path, status: refused.status }).toEqual({ path, status: 400 });
      expect(JSON.parse(refused.body.toString())).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    }
  }, 120_000);

  it('is built by the warmer before anyone asks for it', async () => {
    const cache = new VizNetworkCache(db, DEFAULT_NETWORK_LIMITS);
    const errors: unknown[] = [];
    const warmer = startVizWarmer(cache, (error) => errors.push(error), 60_000);
    try {
      const started = Date.now();
      while (cache.stats().builds === 0 && Date.now() - started < 60_000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(errors).toEqual([]);
      expect(cache.stats()).toMatchObject({ builds: 1, hits: 0, entries: 1 });
      expect((await cache.network(null)).cached).toBe(true);
    } finally {
      warmer.stop();
    }
  }, 90_000);
});
