import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import type { Database, QueryObserver } from '../../src/db/database';
import { DatabaseUnavailableError } from '../../src/errors';
import { exportNetwork } from '../../src/network/exportNetwork';
import { DEFAULT_NETWORK_LIMITS } from '../../src/network/networkLimits';
import { parseNetworkOptions } from '../../src/network/networkOptions';
import type { Network } from '../../src/network/networkTypes';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';
import { startNeo4jProxy } from '../support/neo4jProxy';
import { pausedExportReader, type PausedReader } from '../support/pausedReader';

// Each export is read back by a reader that shares no code with the writers, and compared with the GraphQL answer.

const COUNTS = `query Counts($projection: NetworkProjection, $includeAffiliations: Boolean) {
  network(projection: $projection, includeAffiliations: $includeAffiliations) { nodes { id } edges { id } }
}`;
// Korean labels in one export, Japanese in another: whatever the language, the text arrives intact.
const QUERY = 'projection=CO_MEMBERSHIP&includeAffiliations=true';

interface Counts {
  nodes: number;
  edges: number;
}

let db: Database;
let server: TestServer;
let expected: Counts;

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
  const response = await server.gql<{ network: Pick<Network, 'nodes' | 'edges'> }>(COUNTS, {
    projection: 'CO_MEMBERSHIP',
    includeAffiliations: true,
  });
  expected = { nodes: response.body.data!.network.nodes.length, edges: response.body.data!.network.edges.length };
});

afterAll(async () => {
  await server.stop();
  await db.close();
});

async function download(
  file: string,
  query: string,
  from: TestServer = server,
): Promise<{ response: Response; text: string }> {
  const response = await fetch(`${from.baseUrl}/export/${file}?${query}`);
  return { response, text: await response.text() };
}

/** xmldom reports XML problems without throwing; the graph readers would not notice them. */
function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const collect = (message: string) => problems.push(message);
  new DOMParser({ errorHandler: { warning: collect, error: collect, fatalError: collect } }).parseFromString(
    text,
    'application/xml',
  );
  return problems;
}

type Reader = (text: string) => { counts: Counts; labelOf: (id: string) => unknown };

const graphologyReader =
  (parse: (graph: typeof Graph, text: string) => Graph): Reader =>
  (text) => {
    expect(xmlProblems(text)).toEqual([]);
    const graph = parse(Graph, text);
    return { counts: { nodes: graph.order, edges: graph.size }, labelOf: (id) => graph.getNodeAttribute(id, 'label') };
  };

const READERS: Record<string, { contentType: string; read: Reader }> = {
  'network.graphml': { contentType: 'application/graphml+xml; charset=utf-8', read: graphologyReader(parseGraphml) },
  'network.gexf': { contentType: 'application/gexf+xml; charset=utf-8', read: graphologyReader(parseGexf) },
  'network.cytoscape.json': {
    contentType: 'application/json; charset=utf-8',
    read: (text) => {
      const { elements } = JSON.parse(text) as {
        elements: { nodes: Array<{ data: { id: string; label: string } }>; edges: unknown[] };
      };
      const labels = new Map(elements.nodes.map((node) => [node.data.id, node.data.label]));
      return {
        counts: { nodes: elements.nodes.length, edges: elements.edges.length },
        labelOf: (id) => labels.get(id),
      };
    },
  },
  'network.d3.json': {
    contentType: 'application/json; charset=utf-8',
    read: (text) => {
      const { nodes, links } = JSON.parse(text) as { nodes: Array<{ id: string; label: string }>; links: unknown[] };
      const labels = new Map(nodes.map((node) => [node.id, node.label]));
      return { counts: { nodes: nodes.length, edges: links.length }, labelOf: (id) => labels.get(id) };
    },
  },
  'network.graphology.json': {
    contentType: 'application/json; charset=utf-8',
    read: (text) => {
      const graph = Graph.from(JSON.parse(text) as SerializedGraph);
      return {
        counts: { nodes: graph.order, edges: graph.size },
        labelOf: (id) => graph.getNodeAttribute(id, 'label'),
      };
    },
  },
  'network.nodes.csv': {
    contentType: 'text/csv; charset=utf-8',
    read: (text) => {
      const rows = parseCsv(text, { columns: true }) as Array<{ Id: string; Label: string }>;
      const labels = new Map(rows.map((row) => [row.Id, row.Label]));
      return { counts: { nodes: rows.length, edges: expected.edges }, labelOf: (id) => labels.get(id) };
    },
  },
  'network.edges.csv': {
    contentType: 'text/csv; charset=utf-8',
    read: (text) => {
      const rows = parseCsv(text, { columns: true }) as Array<{ Source: string; Target: string }>;
      // The edge list carries no labels; every endpoint it names must be a node of the network.
      return { counts: { nodes: expected.nodes, edges: rows.length }, labelOf: () => undefined };
    },
  },
};

describe('GET /export/network.<format>', () => {
  it.each(Object.keys(READERS))(
    '%s: a download the reader parses, with the counts of the network query',
    async (file) => {
      const { read, contentType } = READERS[file]!;
      for (const [language, kaist, snu] of [
        ['KO', '한국과학기술원', '서울대'],
        ['JA', '韓国科学技術院', 'ソウル大学'],
      ] as const) {
        const { response, text } = await download(file, `${QUERY}&labelLanguage=${language}`);

        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(contentType);
        // Named after the projection and options: CO_MEMBERSHIP, includeAffiliations, the label language.
        const extension = file === 'network.cytoscape.json' ? 'cyjs' : file.slice('network.'.length);
        expect(response.headers.get('content-disposition')).toBe(
          `attachment; filename="network-co-membership-affiliations-${language.toLowerCase()}.${extension}"`,
        );
        const { counts, labelOf } = read(text);
        expect(counts).toEqual(expected);
        if (file !== 'network.edges.csv') {
          expect(labelOf('org:kaist')).toBe(kaist);
          expect(labelOf('org:snu')).toBe(snu);
        }
      }
    },
  );

  it('answers 400 BAD_USER_INPUT listing the formats for an unknown one', async () => {
    const { response, text } = await download('network.xlsx', '');
    expect(response.status).toBe(400);
    const body = JSON.parse(text) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(body.error.message).toContain('network.graphml');
    expect(body.error.message).toContain('network.edges.csv');
  });

  it.each([
    ['projection=TRIPARTITE', 'projection must be one of BIPARTITE, CO_MEMBERSHIP, got TRIPARTITE'],
    ['asOf=2025-02-30', 'asOf must be a calendar day written YYYY-MM-DD, got 2025-02-30'],
    ['minWeight=two', 'minWeight must be a whole number of at least 1, got two'],
    ['kinds=PLANET', 'kinds must be one of COMPANY, UNIVERSITY'],
    ['minweight=2', 'Unknown parameter minweight'],
    // A misspelt id would otherwise give an empty file that looks like an answer.
    ['consortia=upstage,no-such-team', 'consortia: no such id "no-such-team"'],
    ['sources=no-such-source', 'sources: no such id "no-such-source"'],
    ['sources=no-such-source&includeAffiliates=true', 'sources: no such id "no-such-source"'],
  ])('answers 400 BAD_USER_INPUT for %s', async (query, message) => {
    const { response, text } = await download('network.graphml', query);
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({ error: { code: 'BAD_USER_INPUT', message: expect.stringContaining(message) } });
  });

  it('answers 503 SERVICE_UNAVAILABLE when the database is down', async () => {
    // Nothing listens on port 1: every statement fails as the driver does when Neo4j is down.
    const unreachable = connectDatabase(
      { ...loadConfig({}), NEO4J_CONNECT_TIMEOUT_MS: 500, NEO4J_QUERY_TIMEOUT_MS: 1000 },
      'bolt://127.0.0.1:1',
    );
    const offline = await startTestServer(unreachable);
    try {
      const response = await fetch(`${offline.baseUrl}/export/network.graphml`);
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await offline.stop();
      await unreachable.close();
    }
  });
});

describe('npm run export', () => {
  it('writes a GraphML file with the counts of the network query, and a summary on stderr', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'network-export-')), 'network.graphml');
    const { stderr } = await promisify(execFile)(
      'npx',
      [
        'tsx',
        'src/cli/export.ts',
        '--format',
        'graphml',
        '--out',
        out,
        '--projection',
        'CO_MEMBERSHIP',
        '--include-affiliations',
      ],
      {
        cwd: path.resolve(__dirname, '../..'),
        env: { ...process.env, NEO4J_URI: process.env.NEO4J_TEST_URI },
        timeout: 60_000,
      },
    );

    const graph = parseGraphml(Graph, fs.readFileSync(out, 'utf8'));
    expect({ nodes: graph.order, edges: graph.size }).toEqual(expected);
    expect(stderr).toContain(`Exported ${expected.nodes} nodes and ${expected.edges} edges (graphml) to ${out}.`);
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });
});

describe('measures: streamed exports and the size limit', () => {
  const MEASURES = ['degree', 'weightedDegree', 'betweenness', 'community'];
  const SCOPES = [
    '',
    'projection=CO_MEMBERSHIP&includeAffiliations=true',
    'projection=CO_MEMBERSHIP&includeAffiliations=true&minWeight=2',
    'includeAffiliations=true&kinds=UNIVERSITY,COMPANY&labelLanguage=KO',
    'projection=CO_MEMBERSHIP&consortia=upstage,nc-ai&asOf=2025-12-31',
  ];

  const nodesOf = (text: string) => parseCsv(text, { columns: true }) as Array<Record<string, string>>;

  it.each(SCOPES)(
    'measures=degree streams the nodes and edges of the measured export, minus betweenness and community (%s)',
    async (scope) => {
      const measured = nodesOf((await download('network.nodes.csv', `${scope}&measures=all`)).text);
      const streamed = nodesOf((await download('network.nodes.csv', `${scope}&measures=degree`)).text);
      expect(streamed.length).toBeGreaterThan(0);
      expect(streamed).toEqual(
        measured.map(({ betweenness: _b, community: _c, ...rest }) => rest), // same order, same values
      );
      const edgesMeasured = (await download('network.edges.csv', `${scope}&measures=all`)).text;
      const edgesStreamed = (await download('network.edges.csv', `${scope}&measures=degree`)).text;
      expect(edgesStreamed).toBe(edgesMeasured);

      // Degrees counted by Neo4j agree with the edges written: counted here from the edge list.
      const degrees = new Map<string, number>();
      for (const row of parseCsv(edgesStreamed, { columns: true }) as Array<{ Source: string; Target: string }>) {
        for (const end of [row.Source, row.Target]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
      }
      for (const node of streamed) {
        expect([node.Id, Number(node.degree)]).toEqual([node.Id, degrees.get(node.Id!) ?? 0]);
      }
    },
  );

  it.each(Object.keys(READERS))('%s with measures=none has no measure at all, and the same graph', async (file) => {
    const { response, text } = await download(file, `${QUERY}&measures=none`);
    expect(response.status).toBe(200);
    const { counts } = READERS[file]!.read(text);
    expect(counts).toEqual(expected);
    for (const measure of MEASURES) {
      expect(text).not.toContain(`"${measure}"`); // GraphML/GEXF attribute names, JSON keys
      if (file.endsWith('.csv')) expect(text.split('\r\n')[0]!.split(',')).not.toContain(measure);
    }
  });

  it('GraphML with measures=none and =all describe the same nodes in the same order', async () => {
    const none = parseGraphml(Graph, (await download('network.graphml', `${QUERY}&measures=none`)).text);
    const all = parseGraphml(Graph, (await download('network.graphml', `${QUERY}&measures=all`)).text);
    expect(none.nodes()).toEqual(all.nodes());
    expect(none.edges()).toEqual(all.edges());
    const kaist = all.getNodeAttributes('org:kaist');
    expect(none.getNodeAttributes('org:kaist')).toEqual(
      Object.fromEntries(Object.entries(kaist).filter(([name]) => !MEASURES.includes(name))),
    );
  });

  describe('above MAX_MEASURED_NETWORK_NODES', () => {
    let bipartiteNodes: number;
    // A server of its own, given the low limit as main.ts gives the configured one: nothing reads the environment.
    let limited: TestServer;
    beforeAll(async () => {
      // Counted here with plain Cypher: members with a membership, and consortia with a member.
      const [row] = await db.read<{ n: number }>(
        `MATCH (o:Organization) WHERE EXISTS { (o)-[:MEMBER_OF]->(:Consortium) } WITH count(o) AS orgs
         MATCH (c:Consortium) WHERE EXISTS { (:Organization)-[:MEMBER_OF]->(c) } WITH orgs, count(c) AS consortia RETURN orgs + consortia AS n`,
      );
      bipartiteNodes = row!.n;
      limited = await startTestServer(db, {
        networkLimits: { ...DEFAULT_NETWORK_LIMITS, maxMeasuredNodes: bipartiteNodes - 1 },
      });
    });
    afterAll(async () => {
      await limited.stop();
    });

    it('refuses measures=all with 400 BAD_USER_INPUT saying the size, the limit and what to do, and no file', async () => {
      const { response, text } = await download('network.graphml', 'measures=all', limited);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-disposition')).toBeNull();
      expect(text).not.toContain('<graphml');
      const { error } = JSON.parse(text) as { error: { code: string; message: string } };
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain(`${bipartiteNodes} nodes`);
      expect(error.message).toContain(`${bipartiteNodes - 1}`);
      expect(error.message).toContain('measures=none');
      expect(error.message).toContain('MAX_MEASURED_NETWORK_NODES');
    });

    it('still streams measures=degree and measures=none of the same network', async () => {
      for (const measures of ['degree', 'none']) {
        const { response, text } = await download('network.graphml', `measures=${measures}`, limited);
        expect(response.status).toBe(200);
        expect(parseGraphml(Graph, text).order).toBe(bipartiteNodes);
      }
    });

    it('answers the GraphQL network without betweenness and community, and refuses it with them', async () => {
      const cheap = await limited.gql<{ network: { nodes: Array<{ id: string; degree: number }> } }>(
        '{ network { nodes { id degree weightedDegree } edges { id } } }',
      );
      expect(cheap.body.errors).toBeUndefined();
      expect(cheap.body.data!.network.nodes).toHaveLength(bipartiteNodes);

      for (const measure of ['betweenness', 'community']) {
        const measured = await limited.gql(
          `{ network { nodes { id ...M } } } fragment M on NetworkNode { ${measure} }`,
        );
        expect(measured.body.errors?.[0]).toMatchObject({
          message: expect.stringContaining(`${bipartiteNodes} nodes`),
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
    });

    it('makes npm run export fail with the message and no file', async () => {
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'network-export-')), 'network.graphml');
      const run = promisify(execFile)('npx', ['tsx', 'src/cli/export.ts', '--format', 'graphml', '--out', out], {
        cwd: path.resolve(__dirname, '../..'),
        env: {
          ...process.env,
          NEO4J_URI: process.env.NEO4J_TEST_URI,
          MAX_MEASURED_NETWORK_NODES: String(bipartiteNodes - 1),
        },
        timeout: 60_000,
      });
      await expect(run).rejects.toMatchObject({ stderr: expect.stringContaining(`${bipartiteNodes} nodes`) });
      expect(fs.existsSync(out)).toBe(false);
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    });
  });
});

describe('streamed exports go through the data layer', () => {
  type Event = Parameters<QueryObserver>[0];

  /** EXPLAINs a statement with the parameters it was sent with; the operators of its plan. */
  async function operatorsOf({ cypher, params }: Event): Promise<string[]> {
    const session = db.driver.session({ database: db.name });
    try {
      // eslint-disable-next-line cypher/no-interpolation -- the prefixed text is a statement the code sent
      const { summary } = await session.run('EXPLAIN ' + cypher, params);
      interface Plan {
        operatorType: string;
        children: Plan[];
      }
      const walk = (plan: Plan): string[] => [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(walk)];
      return walk(summary.plan as unknown as Plan);
    } finally {
      await session.close();
    }
  }

  it('tells db.observe of every statement, with the parameters EXPLAIN needs and no Cartesian product', async () => {
    const events: Event[] = [];
    const stop = db.observe((event) => events.push(event));
    try {
      for (const scope of [
        'includeAffiliations=true',
        'projection=CO_MEMBERSHIP&includeAffiliations=true&minWeight=2',
        'projection=CO_MEMBERSHIP&consortia=upstage,nc-ai&asOf=2025-12-31',
      ]) {
        expect((await download('network.graphml', `${scope}&measures=degree`)).response.status).toBe(200);
      }
    } finally {
      stop();
    }
    // Keys, a page of organisations, (BIPARTITE) consortium keys and a page of them, edges, affiliation edges.
    expect(events.filter((event) => event.cypher.includes('MATCH (o:Organization {id: id})')).length).toBe(3);
    expect(events.some((event) => event.cypher.includes('MATCH (c:Consortium {id: id})'))).toBe(true);
    expect(events.every((event) => event.ok && event.durationMs >= 0)).toBe(true);
    for (const event of events) {
      const operators = await operatorsOf(event);
      expect([event.cypher, operators.filter((op) => op === 'CartesianProduct' || op === 'AllNodesScan')]).toEqual([
        event.cypher,
        [],
      ]);
    }
  });

  it('answers 503 SERVICE_UNAVAILABLE for measures=none when the database is down', async () => {
    const unreachable = connectDatabase(
      { ...loadConfig({}), NEO4J_CONNECT_TIMEOUT_MS: 500, NEO4J_QUERY_TIMEOUT_MS: 1000 },
      'bolt://127.0.0.1:1',
    );
    const offline = await startTestServer(unreachable);
    try {
      const { response, text } = await download('network.graphml', 'measures=none', offline);
      expect(response.status).toBe(503);
      expect((JSON.parse(text) as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await offline.stop();
      await unreachable.close();
    }
  });

  const streamedOptions = parseNetworkOptions({
    projection: 'CO_MEMBERSHIP',
    includeAffiliations: 'true',
    measures: 'degree',
  });

  it.each([
    ['stops', 'stop', 60_000],
    ['hangs', 'hang', 1000],
  ] as const)(
    'fails with DatabaseUnavailableError when Neo4j %s between two statements of the export',
    async (_what, failure, exportTimeoutMs) => {
      const proxy = await startNeo4jProxy();
      const proxied = connectDatabase(
        { ...loadConfig({}), NEO4J_CONNECT_TIMEOUT_MS: 1000, NEO4J_QUERY_TIMEOUT_MS: 1000 },
        proxy.uri,
      );
      const events: Event[] = [];
      proxied.observe((event) => events.push(event));
      try {
        const started = performance.now();
        // `begin` is called once the node keys are read, before the first page of nodes is asked for.
        const exported = exportNetwork(
          proxied,
          streamedOptions,
          { ...DEFAULT_NETWORK_LIMITS, exportTimeoutMs },
          'graphml',
          {
            begin: () => {
              proxy[failure]();
              return new PassThrough().resume();
            },
          },
        );
        await expect(exported).rejects.toBeInstanceOf(DatabaseUnavailableError);
        expect(performance.now() - started).toBeLessThan(exportTimeoutMs + 5000);
        expect(events[0]).toMatchObject({ ok: true }); // the node keys
        if (failure === 'stop') expect(events.at(-1)).toMatchObject({ ok: false }); // the page that failed
      } finally {
        proxy.stop();
        await proxied.close();
      }
    },
  );
});

describe('exports cannot hold the pool', () => {
  // A consortium of its own, with members whose long names make the export far larger than the loopback socket
  // buffers (a few MB): a client that stops reading then really leaves the server waiting on `drain`.
  const CONSORTIUM = 'pool-test-consortium';
  const MEMBERS = 6000;
  const NAME_LENGTH = 1500;
  const SCOPE = `consortia=${CONSORTIUM}&measures=none`;
  const CAP = 2;
  // Long enough that the first stalled export is still open when the second starts writing: each lays out its
  // 6,001 nodes first, and the layouts take turns in one worker.
  const STALL_MS = 12_000;
  const PROBE = '{ organization(id: "kaist") { id } }';

  let exportDb: Database;
  let capped: TestServer;
  const logged: Array<{ msg: string }> = [];

  beforeAll(async () => {
    await db.write(
      `CREATE (c:Consortium {id: $consortium, name: 'Pool test consortium'})
       WITH c UNWIND range(1, $members) AS i
       CREATE (:Organization {id: 'pool-test-' + i, name: 'Pool test ' + i + ' ' + $padding, kind: 'COMPANY'})
              -[:MEMBER_OF {role: 'MEMBER'}]->(c)`,
      { consortium: CONSORTIUM, members: MEMBERS, padding: 'x'.repeat(NAME_LENGTH) },
    );
    exportDb = db.withOwnPool(CAP);
    capped = await startTestServer(db, {
      exportDb,
      exportLimits: { maxConcurrent: CAP, stallTimeoutMs: STALL_MS },
      // The graph's sizes are read once, at start: a periodic read on GraphQL's pool, landing while the layouts
      // of the stalled exports take a minute, would count as a session in use.
      graphStatsRefreshMs: 3_600_000,
      logger: pino({ level: 'warn' }, { write: (line: string) => logged.push(JSON.parse(line) as { msg: string }) }),
    });
  });

  afterAll(async () => {
    await capped.stop();
    await exportDb.close();
    await db.write(
      `MATCH (c:Consortium {id: $consortium}) OPTIONAL MATCH (o:Organization)-[:MEMBER_OF]->(c) DETACH DELETE c, o`,
      { consortium: CONSORTIUM },
    );
  });

  /** Transactions Neo4j has open now, besides the one asking. */
  async function openTransactions(): Promise<number> {
    const session = db.driver.session({ database: db.name });
    try {
      const { records } = await session.run(
        "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
      );
      return Number(records[0]!.get('n'));
    } finally {
      await session.close();
    }
  }

  /** A download of the test consortium's export that stops after its first chunk (tests/support/pausedReader.ts). */
  const pausedReader = (from: TestServer = capped): Promise<PausedReader> =>
    // 60 s: each export first lays out its 6,001 nodes, and the layouts take turns in one worker.
    pausedExportReader(`${from.baseUrl}/export/network.graphml?${SCOPE}`, 60_000);

  async function until(condition: () => Promise<boolean> | boolean, withinMs: number): Promise<void> {
    const deadline = performance.now() + withinMs;
    while (!(await condition())) {
      if (performance.now() > deadline) throw new Error(`not within ${withinMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('refuses exports past the cap with 429, keeps GraphQL and readiness answering, and cuts stalled readers', async () => {
    const readers = await Promise.all(Array.from({ length: CAP }, () => pausedReader()));
    try {
      expect(readers.map((reader) => reader.status)).toEqual(Array(CAP).fill(200));
      // Both exports hold their session and transaction, waiting for clients that do not read.
      expect(exportDb.sessionsInUse).toBe(CAP);
      expect(db.sessionsInUse).toBe(0); // none of them on GraphQL's pool
      expect(await openTransactions()).toBe(CAP);

      for (let extra = 0; extra < 2; extra++) {
        const { response, text } = await download('network.graphml', SCOPE, capped);
        expect(response.status).toBe(429);
        expect(response.headers.get('retry-after')).toBe('5');
        expect(JSON.parse(text)).toEqual({
          error: {
            code: 'TOO_MANY_REQUESTS',
            message: `${CAP} exports are already running, the most this server runs at once (MAX_CONCURRENT_EXPORTS); retry in 5 seconds.`,
          },
        });
      }
      const probe = await capped.gql<{ organization: { id: string } }>(PROBE);
      expect([probe.status, probe.body.data]).toEqual([200, { organization: { id: 'kaist' } }]);
      expect((await fetch(`${capped.baseUrl}/health/ready`)).status).toBe(200);

      // The stall timeout ends both downloads: transactions rolled back, sessions released, logged, and the
      // clients, once they read on, find their downloads cut short.
      const stalledLines = () => logged.filter((line) => line.msg === 'export ended: client stopped reading');
      await until(() => stalledLines().length === CAP, STALL_MS + 5000);
      await until(() => exportDb.sessionsInUse === 0, 2000);
      expect(await openTransactions()).toBe(0);
      expect(await Promise.all(readers.map((reader) => reader.readRest()))).toEqual(Array(CAP).fill('cut'));

      // Their places are free again: a reader that reads gets the whole file.
      const { response, text } = await download('network.graphml', SCOPE, capped);
      expect(response.status).toBe(200);
      expect(parseGraphml(Graph, text).order).toBe(MEMBERS + 1);
    } finally {
      for (const reader of readers) reader.destroy();
    }
  });
  it('frees the place of a client that goes away mid-download at once, long before the stall timeout', async () => {
    const patient = await startTestServer(db, {
      exportDb,
      exportLimits: { maxConcurrent: CAP, stallTimeoutMs: 60_000 },
    });
    try {
      const reader = await pausedReader(patient);
      await until(() => exportDb.sessionsInUse === 1, 2000);
      reader.destroy();
      await until(() => exportDb.sessionsInUse === 0, 2000);
      expect(await openTransactions()).toBe(0);
    } finally {
      await patient.stop();
    }
  });
});
