import path from 'node:path';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Database } from '../../src/db/database';
import { importFile, importSourceId, sha256OfFile } from '../../src/import/importFile';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

// The CORDIS money and programme reach the exports' attributes, on the streamed path and the in-memory one.

const FIXTURES = path.resolve(__dirname, '../fixtures/import');
const CORDIS = path.join(FIXTURES, 'organization.csv');
const PROJECTS = path.join(FIXTURES, 'project.csv');
const SCOPE = 'projection=BIPARTITE&consortia=cordis-999000101,cordis-999000104';

let db: Database;
let server: TestServer;

async function removeFixture(): Promise<void> {
  await db.write(
    `MATCH (n) WHERE (n:Organization OR n:Consortium) AND (n.id STARTS WITH 'cordis-999' OR n.id STARTS WITH
       'cordis-org-999') DETACH DELETE n`,
  );
  await db.write('MATCH (s:Source {id: $id}) DETACH DELETE s', { id: importSourceId(await sha256OfFile(CORDIS)) });
}

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
  await removeFixture();
  await importFile(db, { file: CORDIS, format: 'cordis', projectsFile: PROJECTS, batchSize: 4 });
});

afterAll(async () => {
  await removeFixture();
  await server.stop();
  await db.close();
});

async function download(file: string, query: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/export/${file}?${query}`);
  expect(response.status).toBe(200);
  return response.text();
}

// The values below are the fixture's own text (project.csv, organization.csv lines 2 and 13).
describe.each(['none', 'all'])('export with measures=%s', (measures) => {
  it('GraphML: consortia carry title and programme, memberships their EC contribution', async () => {
    const graph = parseGraphml(Graph, await download('network.graphml', `${SCOPE}&measures=${measures}`));
    expect(graph.getNodeAttributes('consortium:cordis-999000101')).toMatchObject({
      title: 'Test project 1',
      frameworkProgramme: 'H2020',
    });
    expect(graph.getNodeAttributes('consortium:cordis-999000104')).toMatchObject({
      title: 'Test project 4',
      frameworkProgramme: 'HORIZON',
    });
    expect(graph.getNodeAttribute('org:cordis-org-999100001', 'title')).toBeUndefined();
    const edge = (org: string, consortium: string) => graph.edge(`org:${org}`, `consortium:${consortium}`)!;
    expect(graph.getEdgeAttribute(edge('cordis-org-999100001', 'cordis-999000101'), 'ecContribution')).toBe(42123.07);
    // "n/a" in the file: no contribution, so no attribute.
    expect(graph.getEdgeAttribute(edge('cordis-org-999100018', 'cordis-999000104'), 'ecContribution')).toBeUndefined();
  });

  it('CSV and d3 JSON: the same attributes', async () => {
    const nodes = parseCsv(await download('network.nodes.csv', `${SCOPE}&measures=${measures}`), {
      columns: true,
    }) as Array<Record<string, string>>;
    // Gephi's spreadsheet columns: Id, Label; Source, Target.
    expect(nodes.find((row) => row.Id === 'consortium:cordis-999000104')).toMatchObject({
      title: 'Test project 4',
      frameworkProgramme: 'HORIZON',
    });
    const edges = parseCsv(await download('network.edges.csv', `${SCOPE}&measures=${measures}`), {
      columns: true,
    }) as Array<Record<string, string>>;
    const ecOf = (source: string, target: string) =>
      edges.find((row) => row.Source === source && row.Target === target)?.ecContribution;
    expect(ecOf('org:cordis-org-999100011', 'consortium:cordis-999000101')).toBe('79246.14');
    expect(ecOf('org:cordis-org-999100018', 'consortium:cordis-999000104')).toBe('');

    const d3 = JSON.parse(await download('network.d3.json', `${SCOPE}&measures=${measures}`)) as {
      nodes: Array<Record<string, unknown>>;
      links: Array<Record<string, unknown>>;
    };
    expect(d3.nodes.find((node) => node.id === 'consortium:cordis-999000101')).toMatchObject({
      title: 'Test project 1',
      frameworkProgramme: 'H2020',
    });
    expect(
      d3.links.find(
        (link) => link.source === 'org:cordis-org-999100001' && link.target === 'consortium:cordis-999000101',
      ),
    ).toMatchObject({ ecContribution: 42123.07 });
  });
});
