import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Database } from '../../src/db/database';
import { runNetworkx } from '../support/networkx';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

// Every export read back by the tool a user opens it with, here NetworkX 3 (python3, as CI runs it), graphology's
// parsers and headless Cytoscape; expected sizes are counted with plain Cypher, not with the network builder.

let db: Database;
let server: TestServer;
let dir: string;
let bipartite: { nodes: number; edges: number };

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'network-readers-'));
  const [row] = await db.read<{ orgs: number; consortia: number; memberships: number }>(
    `MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium)
     RETURN count(DISTINCT o) AS orgs, count(DISTINCT c) AS consortia, count(m) AS memberships`,
  );
  bipartite = { nodes: row!.orgs + row!.consortia, edges: row!.memberships };
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await server.stop();
  await db.close();
});

/** Downloads an export into the temporary folder and returns the file's path. */
async function save(file: string, query = ''): Promise<string> {
  const response = await fetch(`${server.baseUrl}/export/${file}?${query}`);
  expect(response.status).toBe(200);
  const where = path.join(dir, `${Math.random().toString(36).slice(2)}-${file}`);
  fs.writeFileSync(where, await response.text());
  return where;
}

// Checks shared by the Python readers: every node has numeric x, y and size, and no node or edge has `type`.
const PY_CHECKS = `
def layout_problems(G, position):
  bad = []
  for n, d in G.nodes(data=True):
    x, y, size = position(d)
    if not all(isinstance(v, float) for v in (x, y, size)): bad.append(n)
  return bad
def typed(G):
  return [n for n, d in G.nodes(data=True) if 'type' in d] + [f"{a}|{b}" for a, b, d in G.edges(data=True) if 'type' in d]
`;

interface PyGraph {
  nodes: number;
  edges: number;
  directed: boolean;
  layoutProblems: string[];
  typed: string[];
  kaist: Record<string, unknown>;
}

describe('NetworkX reads the exports as they are downloaded', () => {
  it('GraphML: nx.read_graphml, undirected, with x, y, size, the names in every language and no type', async () => {
    const file = await save('network.graphml', 'labelLanguage=KO');
    const graph = await runNetworkx<PyGraph>(
      `${PY_CHECKS}
G = nx.read_graphml(sys.argv[1])
print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "directed": G.is_directed(),
  "layoutProblems": layout_problems(G, lambda d: (d.get("x"), d.get("y"), d.get("size"))), "typed": typed(G),
  "kaist": G.nodes["org:kaist"]}))`,
      [file],
    );
    expect(graph).toMatchObject({ ...bipartite, directed: false, layoutProblems: [], typed: [] });
    expect(graph.kaist).toMatchObject({
      label: '한국과학기술원',
      labelLanguage: 'KO',
      name: 'KAIST',
      nameKo: '한국과학기술원',
      nameJa: '韓国科学技術院',
      nodeKind: 'ORGANIZATION',
    });
  });

  it('GEXF: nx.read_gexf reads the dynamic graph, viz positions and spells that replay the program', async () => {
    const file = await save('network.gexf');
    // Teams in the program by the sources (README): five selected on 4 Aug 2025, two eliminated on 15 Jan 2026,
    // one added on 20 Feb 2026; applicants never selected are on the timeline only before the selection.
    const days = ['2025-08-01', '2025-08-05', '2026-01-20', '2026-02-21'];
    const graph = await runNetworkx<PyGraph & { mode: string; inProgram: Record<string, string[]> }>(
      `${PY_CHECKS}
G = nx.read_gexf(sys.argv[1])
def viz(d):
  p, s = d.get("viz", {}).get("position", {}), d.get("viz", {}).get("size")
  return (p.get("x"), p.get("y"), s)
def holds(spells, day):
  # NetworkX reads a missing start or end as the text "None": open on that side.
  return any((s == "None" or s <= day) and (e == "None" or day <= e) for s, e in spells)
consortia = [(n, d) for n, d in G.nodes(data=True) if d.get("nodeKind") == "CONSORTIUM"]
print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "directed": G.is_directed(),
  "mode": G.graph.get("mode"), "layoutProblems": layout_problems(G, viz), "typed": typed(G),
  "kaist": {k: v for k, v in G.nodes["org:kaist"].items() if k != "viz"},
  "inProgram": {day: sorted(n for n, d in consortia if "spells" not in d or holds(d["spells"], day)) for day in sys.argv[2:]}}))`,
      [file, ...days],
    );
    expect(graph).toMatchObject({ ...bipartite, directed: false, mode: 'dynamic', layoutProblems: [], typed: [] });
    expect(graph.kaist).toMatchObject({ label: 'KAIST', nodeKind: 'ORGANIZATION' });
    const selected = ['lg-ai-research', 'naver-cloud', 'nc-ai', 'sk-telecom', 'upstage'].map(
      (id) => `consortium:${id}`,
    );
    expect(graph.inProgram['2025-08-05']).toEqual(selected);
    expect(graph.inProgram['2026-01-20']).toEqual([
      'consortium:lg-ai-research',
      'consortium:sk-telecom',
      'consortium:upstage',
    ]);
    expect(graph.inProgram['2026-02-21']).toEqual([
      'consortium:lg-ai-research',
      'consortium:motif-technologies',
      'consortium:sk-telecom',
      'consortium:upstage',
    ]);
    // Before the selection: the applicants, none of the five yet.
    expect(graph.inProgram['2025-08-01']!.some((id) => selected.includes(id))).toBe(false);
    expect(graph.inProgram['2025-08-01']!.length).toBeGreaterThan(0);
  });

  it("CSV: Gephi's spreadsheet columns, an undirected edge list NetworkX builds the same graph from", async () => {
    const nodes = await save('network.nodes.csv');
    const edges = await save('network.edges.csv');
    const graph = await runNetworkx<PyGraph & { nodeHeader: string[]; edgeHeader: string[]; types: string[] }>(
      `
nodes = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
edges = list(csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8")))
G = nx.Graph()
G.add_nodes_from((row["Id"], row) for row in nodes)
G.add_edges_from((row["Source"], row["Target"], {"weight": float(row["Weight"])}) for row in edges)
print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "directed": G.is_directed(),
  "layoutProblems": [r["Id"] for r in nodes if not (r["x"] and r["y"] and r["size"])], "typed": [],
  "kaist": G.nodes["org:kaist"], "types": sorted(set(r["Type"] for r in edges)),
  "nodeHeader": list(nodes[0].keys()), "edgeHeader": list(edges[0].keys())}))`,
      [nodes, edges],
    );
    // Gephi's spreadsheet import (https://gephi.org/users/supported-graph-formats/spreadsheet/): the node id column
    // is "Id", labels "Label"; edges "Source", "Target", "Id", "Type" (Directed | Undirected | Mixed) and "Weight".
    expect(graph.nodeHeader.slice(0, 2)).toEqual(['Id', 'Label']);
    expect(graph.edgeHeader.slice(0, 5)).toEqual(['Id', 'Source', 'Target', 'Type', 'Weight']);
    expect(graph.types).toEqual(['Undirected']);
    expect(graph.nodeHeader).not.toContain('type');
    expect(graph.edgeHeader).not.toContain('type');
    expect(graph).toMatchObject({ ...bipartite, layoutProblems: [] });
    expect(graph.kaist).toMatchObject({ Label: 'KAIST', nodeKind: 'ORGANIZATION', name: 'KAIST' });
  });
});

describe('graphology and Cytoscape read the exports with their layout', () => {
  const positionsOf = (graph: Graph) => graph.mapNodes((id, a) => [id, a.x, a.y, a.size] as const);

  it('graphology-graphml, graphology-gexf and Graph.from agree on every position and size', async () => {
    const read = async (file: string) => fs.readFileSync(await save(file), 'utf8');
    const fromGraphml = parseGraphml(Graph, await read('network.graphml'));
    const fromGexf = parseGexf(Graph, await read('network.gexf'));
    const fromJson = Graph.from(JSON.parse(await read('network.graphology.json')) as SerializedGraph);
    expect(fromJson.order).toBe(bipartite.nodes);
    for (const [id, x, y, size] of positionsOf(fromJson)) {
      expect([id, Number.isFinite(x), Number.isFinite(y), size > 0]).toEqual([id, true, true, true]);
    }
    expect(positionsOf(fromGraphml)).toEqual(positionsOf(fromJson));
    expect(positionsOf(fromGexf)).toEqual(positionsOf(fromJson));
    expect(fromJson.someNode((_id, a) => 'type' in a) || fromJson.someEdge((_id, a) => 'type' in a)).toBe(false);
  });

  it('the same graph gives the same picture: two downloads, the same positions', async () => {
    const once = fs.readFileSync(await save('network.graphology.json', 'projection=CO_MEMBERSHIP'), 'utf8');
    const twice = fs.readFileSync(await save('network.graphology.json', 'projection=CO_MEMBERSHIP'), 'utf8');
    expect(twice).toBe(once);
  });

  it('Cytoscape (headless) loads the .cyjs with a preset layout at the exported positions', async () => {
    const data = JSON.parse(fs.readFileSync(await save('network.cyjs'), 'utf8')) as {
      elements: { nodes: Array<{ data: { id: string; x: number; y: number }; position: { x: number; y: number } }> };
    } & cytoscape.CytoscapeOptions;
    const cy = cytoscape({ headless: true, elements: data.elements, layout: { name: 'preset' } });
    expect(cy.nodes().length).toBe(bipartite.nodes);
    expect(cy.edges().length).toBe(bipartite.edges);
    for (const node of data.elements.nodes.slice(0, 20)) {
      expect(cy.$id(node.data.id).position()).toEqual({ x: node.data.x, y: node.data.y });
    }
  });
});

describe('the network answers the main question: activeOnly and includeAffiliates', () => {
  const NETWORK = `query Net($asOf: Date, $activeOnly: Boolean) {
    network(includeAffiliates: true, asOf: $asOf, activeOnly: $activeOnly) { nodes { id type degree } }
  }`;
  const MULTI = `query Multi($asOf: Date, $activeOnly: Boolean) {
    organizationsInMultipleConsortia(minConsortia: 2, includeAffiliates: true, asOf: $asOf, activeOnly: $activeOnly) {
      organization { id } consortiumCount
    }
  }`;

  /** Rolled-up organisations in two or more consortia, by the network's degrees and by the main query. */
  async function bothAnswers(asOf: string, activeOnly: boolean) {
    const network = await server.gql<{ network: { nodes: Array<{ id: string; type: string; degree: number }> } }>(
      NETWORK,
      { asOf, activeOnly },
    );
    const multi = await server.gql<{
      organizationsInMultipleConsortia: Array<{ organization: { id: string }; consortiumCount: number }>;
    }>(MULTI, { asOf, activeOnly });
    const byDegree = network.body
      .data!.network.nodes.filter((node) => node.type === 'ORGANIZATION' && node.degree >= 2)
      .map((node) => [node.id.slice('org:'.length), node.degree] as const)
      .sort();
    const byQuery = multi.body
      .data!.organizationsInMultipleConsortia.map((row) => [row.organization.id, row.consortiumCount] as const)
      .sort();
    return { byDegree, byQuery };
  }

  it.each([
    ['2025-08-05', false],
    ['2025-08-05', true],
    ['2026-11-26', false],
    ['2026-11-26', true],
  ])('on %s (activeOnly %s) the rolled-up degrees are the rolled-up multi-consortium counts', async (asOf, active) => {
    const { byDegree, byQuery } = await bothAnswers(asOf, active);
    expect(byDegree.length).toBeGreaterThan(0);
    expect(byDegree).toEqual(byQuery);
  });

  it('gives the README table: on 5 Aug 2025 KAIST 5, SNU 3, Korea University 2 rolled up; today in the program KAIST 3, SNU 2', async () => {
    expect((await bothAnswers('2025-08-05', false)).byDegree).toEqual([
      ['kaist', 5],
      ['korea-university', 2],
      ['snu', 3],
    ]);
    expect((await bothAnswers('2026-11-26', true)).byDegree).toEqual([
      ['kaist', 3],
      ['snu', 2],
    ]);
  });

  it('activeOnly keeps the teams in the program that day, in the exports too', async () => {
    const consortiaOn = async (asOf: string) => {
      const file = fs.readFileSync(await save('network.nodes.csv', `activeOnly=true&asOf=${asOf}`), 'utf8');
      return file
        .split('\r\n')
        .filter((line) => line.startsWith('consortium:'))
        .map((line) => line.split(',')[0])
        .sort();
    };
    expect(await consortiaOn('2025-08-05')).toEqual(
      ['lg-ai-research', 'naver-cloud', 'nc-ai', 'sk-telecom', 'upstage'].map((id) => `consortium:${id}`),
    );
    expect(await consortiaOn('2026-11-26')).toEqual(
      ['lg-ai-research', 'motif-technologies', 'sk-telecom', 'upstage'].map((id) => `consortium:${id}`),
    );
  });

  it('refuses includeAffiliates with includeAffiliations, saying to choose one', async () => {
    const response = await fetch(
      `${server.baseUrl}/export/network.gexf?includeAffiliates=true&includeAffiliations=true`,
    );
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('cannot be combined');
  });
});
