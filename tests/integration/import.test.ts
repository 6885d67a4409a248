import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Database } from '../../src/db/database';
import { runImportCommand } from '../../src/cli/importCommand';
import { loadConfig } from '../../src/config';
import { applySchema } from '../../src/db/schema';
import { GraphWrites } from '../../src/db/writes/graphWrites';
import { importFile, importSourceId, sha256OfFile } from '../../src/import/importFile';
import { ImportAborted, ImportError, ImportIncomplete, type ImportOptions } from '../../src/import/importTypes';
import { graphSize, openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

const FIXTURES = path.resolve(__dirname, '../fixtures/import');
const GENERIC = path.join(FIXTURES, 'generic.csv');
const JSON_FILE = path.join(FIXTURES, 'memberships.json');
const CORDIS = path.join(FIXTURES, 'organization.csv');
const PROJECTS = path.join(FIXTURES, 'project.csv');
/** Every id the fixtures create starts with one of these (the fixtures' own namespace). */
const FIXTURE_ID_PREFIXES = ['t-imp-', 'cordis-999', 'cordis-org-999'];

let db: Database;
let server: TestServer;

const run = (options: Omit<ImportOptions, 'batchSize'> & { batchSize?: number }) =>
  importFile(db, { batchSize: 4, ...options });

/** Deletes what the imports wrote: fixture nodes, the import sources, and the counts they changed on seed nodes. */
async function removeImports(): Promise<void> {
  const sourceIds = await Promise.all(
    [GENERIC, JSON_FILE, CORDIS].map(async (file) => importSourceId(await sha256OfFile(file))),
  );
  const [touched] = await db.read<{ orgIds: string[]; consortiumIds: string[] }>(
    `OPTIONAL MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium) WHERE any(s IN m.sources WHERE s IN $sourceIds)
     RETURN collect(DISTINCT o.id) AS orgIds, collect(DISTINCT c.id) AS consortiumIds`,
    { sourceIds },
  );
  await db.write(
    `MATCH (n) WHERE (n:Organization OR n:Consortium) AND any(p IN $prefixes WHERE n.id STARTS WITH p) DETACH DELETE n`,
    { prefixes: FIXTURE_ID_PREFIXES },
  );
  await db.write('MATCH (s:Source) WHERE s.id IN $sourceIds DETACH DELETE s', { sourceIds });
  await db.writeTx((tx) => new GraphWrites(db, tx).refreshCounts(touched!.orgIds, touched!.consortiumIds));
}

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
  await removeImports();
});

afterEach(removeImports);

afterAll(async () => {
  await server.stop();
  await db.close();
});

describe('generic CSV', () => {
  it('imports the good rows, rejects the bad ones with line and reason, and resolves names', async () => {
    const before = await graphSize(db);
    const summary = await run({ file: GENERIC, format: 'generic-csv' });
    expect(summary).toMatchObject({
      rowsRead: 10,
      organizationsCreated: 3,
      organizationsMatched: 2,
      consortiaCreated: 3,
      membershipsCreated: 7,
      membershipsMerged: 1,
      rejected: 2,
    });
    expect(summary.rejections).toEqual([
      {
        location: 'line 8',
        reason:
          'kind "startup" is not one of COMPANY, UNIVERSITY, RESEARCH_INSTITUTE, GOVERNMENT_AGENCY, INDUSTRY_ACADEMIA_FOUNDATION, OTHER',
      },
      { location: 'line 10', reason: 'since "2025-13-01" is not a day written YYYY-MM-DD' },
    ]);
    // 3 organisations + 3 consortia + the Source; 7 memberships.
    expect(await graphSize(db)).toEqual({ nodes: before.nodes + 7, relationships: before.relationships + 7 });

    const memberships = await db.read<{ org: string; team: string; role: string; sources: string[] }>(
      `MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium) WHERE c.id STARTS WITH 't-imp-'
       RETURN o.id AS org, c.id AS team, m.role AS role, m.sources AS sources ORDER BY org, team`,
    );
    expect(memberships.map((m) => `${m.org} ${m.team} ${m.role}`)).toEqual(
      [
        't-imp-csv-acme t-imp-csv-c1 LEAD',
        't-imp-csv-acme t-imp-csv-c2 MEMBER',
        't-imp-csv-beta-labs t-imp-csv-c1 MEMBER',
        't-imp-csv-beta-labs t-imp-csv-c2 MEMBER',
        't-imp-csv-delta t-imp-consortium-three MEMBER',
        'kaist t-imp-csv-c2 MEMBER',
        'snu t-imp-csv-c1 MEMBER',
      ].sort(),
    );
    expect(new Set(memberships.flatMap((m) => m.sources))).toEqual(new Set([summary.sourceId]));
  });

  it('gives exactly the same graph when run again', async () => {
    await run({ file: GENERIC, format: 'generic-csv' });
    const once = await graphSize(db);
    const again = await run({ file: GENERIC, format: 'generic-csv', batchSize: 100 });
    expect(await graphSize(db)).toEqual(once);
    expect(again).toMatchObject({
      organizationsCreated: 0,
      consortiaCreated: 0,
      membershipsCreated: 0,
      membershipsMerged: 8,
    });
  });

  it('fails as a whole on a file with unknown columns, writing nothing', async () => {
    const file = path.join(fs.mkdtempSync('/tmp/t-imp-'), 'bad.csv');
    fs.writeFileSync(file, 'organisation_id,consortium_id\nx,y\n');
    const before = await graphSize(db);
    await expect(run({ file, format: 'generic-csv' })).rejects.toThrow(ImportError);
    expect(await graphSize(db)).toEqual(before);
  });
});

describe('JSON', () => {
  it('imports camelCased memberships and rejects a bad role', async () => {
    const summary = await run({ file: JSON_FILE, format: 'json' });
    expect(summary).toMatchObject({ rowsRead: 4, organizationsCreated: 2, consortiaCreated: 2, membershipsCreated: 3 });
    expect(summary.rejections).toEqual([
      { location: 'memberships[3]', reason: 'role "CHAIR" is not one of LEAD, MEMBER' },
    ]);
    const response = await server.gql<{
      organization: { memberships: Array<{ since: string | null; category: string | null }> };
    }>('{ organization(id: "t-imp-json-two") { memberships { since category } } }');
    expect(response.body.data?.organization.memberships).toEqual(
      expect.arrayContaining([{ since: '2025-01-01', category: 'industry partner' }]),
    );
  });
});

describe('CORDIS', () => {
  /** Per organisation, the projects it takes part in, read from the fixture here (not by the importer). */
  function projectsPerOrganisation(): Map<string, Set<string>> {
    const rows = parse(fs.readFileSync(CORDIS), { columns: true, delimiter: ';' }) as Array<Record<string, string>>;
    const byOrg = new Map<string, Set<string>>();
    for (const row of rows.filter((r) => ['PRC', 'HES', 'REC', 'PUB', 'OTH', ''].includes(r.activityType!))) {
      const id = `cordis-org-${row.organisationID}`;
      byOrg.set(id, (byOrg.get(id) ?? new Set()).add(`cordis-${row.projectID}`));
    }
    return byOrg;
  }

  it('imports projects as consortia and answers organizationsInMultipleConsortia as the file says', async () => {
    const progress: number[] = [];
    const summary = await run({
      file: CORDIS,
      format: 'cordis',
      projectsFile: PROJECTS,
      onProgress: (p) => progress.push(p.rowsRead),
    });
    const expected = projectsPerOrganisation();
    const participations = [...expected.values()].reduce((sum, projects) => sum + projects.size, 0);
    expect(summary).toMatchObject({
      rowsRead: 31,
      organizationsCreated: expected.size,
      consortiaCreated: 10,
      membershipsCreated: participations,
      rejected: 1,
    });
    expect(summary.rejections[0]).toEqual({
      location: 'line 22',
      reason: 'activityType "XYZ" is not one of PRC, HES, REC, PUB, OTH',
    });
    expect(progress.length).toBeGreaterThan(1);

    const response = await server.gql<{
      organizationsInMultipleConsortia: Array<{
        organization: { id: string };
        consortiumCount: number;
        consortia: Array<{ id: string }>;
      }>;
    }>(
      '{ organizationsInMultipleConsortia(minConsortia: 2, first: 1000) { organization { id } consortiumCount consortia { id } } }',
    );
    const answered = response.body
      .data!.organizationsInMultipleConsortia.filter((item) => item.organization.id.startsWith('cordis-org-999'))
      .map((item) => [item.organization.id, item.consortia.map((c) => c.id).sort()]);
    const fromFile = [...expected.entries()]
      .filter(([, projects]) => projects.size >= 2)
      .map(([id, projects]) => [id, [...projects].sort()]);
    expect(fromFile).toHaveLength(2);
    expect(answered.sort()).toEqual(fromFile.sort());
  });

  it('maps names, dates, kinds, roles and CORDIS country codes', async () => {
    await run({ file: CORDIS, format: 'cordis', projectsFile: PROJECTS });
    const response = await server.gql<{
      consortium: {
        name: string;
        startDate: string;
        endDate: string;
        lead: { id: string; kind: string; country: string };
      };
      greek: { country: string; kind: string; name: string };
    }>(`{ consortium(id: "cordis-999000104") { name startDate endDate lead { id kind country } }
          greek: organization(id: "cordis-org-999100002") { country kind name } }`);
    expect(response.body.data).toEqual({
      consortium: {
        name: 'TIMPCOR4',
        startDate: '2025-01-01',
        endDate: '2027-12-31',
        lead: { id: 'cordis-org-999100002', kind: 'RESEARCH_INSTITUTE', country: 'GR' },
      },
      greek: { country: 'GR', kind: 'RESEARCH_INSTITUTE', name: 'Ethniko "Kentro" Erevnas' },
    });
    const [uk] = await db.read<{ n: number }>(
      "MATCH (o:Organization) WHERE o.id STARTS WITH 'cordis-org-999' AND o.country = 'GB' RETURN count(o) AS n",
    );
    expect(uk?.n).toBeGreaterThan(0);
  });

  /** A CORDIS amount as the file writes it (decimal comma or point) → euros; anything else is no amount. */
  const euros = (value: string | undefined): number | null =>
    value !== undefined && /^\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : null;

  /** Per project, what the files say of it and of each participant, read here with csv-parse (not the importer). */
  function fundingFromFiles() {
    const read = (file: string) =>
      parse(fs.readFileSync(file), { columns: true, delimiter: ';' }) as Array<Record<string, string>>;
    const projects = read(PROJECTS).map((p) => ({
      id: `cordis-${p.id}`,
      title: p.title!.replace(/\s+/g, ' '),
      frameworkProgramme: p.frameworkProgramme,
      programmePart: p.legalBasis,
      totalCost: euros(p.totalCost),
      ecMaxContribution: euros(p.ecMaxContribution),
    }));
    const participations = read(CORDIS)
      .filter((row) => row.activityType !== 'XYZ')
      .map((row) => ({
        consortiumId: `cordis-${row.projectID}`,
        orgId: `cordis-org-${row.organisationID}`,
        ecContribution: euros(row.ecContribution),
        netEcContribution: euros(row.netEcContribution),
        totalCost: euros(row.totalCost),
      }));
    return { projects, participations };
  }

  it('keeps EC contributions, costs, programmes and titles, queryable per membership, project and organisation', async () => {
    await run({ file: CORDIS, format: 'cordis', projectsFile: PROJECTS });
    // A re-run restates every membership: what it had stays.
    await run({ file: CORDIS, format: 'cordis', projectsFile: PROJECTS, batchSize: 7 });
    const { projects, participations } = fundingFromFiles();
    type Answer = {
      consortium: {
        title: string | null;
        frameworkProgramme: string | null;
        programmePart: string | null;
        totalCost: number | null;
        ecMaxContribution: number | null;
        members: Array<{
          organization: { id: string; totalEcContribution: number | null };
          ecContribution: number | null;
          netEcContribution: number | null;
          totalCost: number | null;
        }>;
      };
    };
    const totals = new Map<string, number | null>();
    for (const { id, ...project } of projects) {
      const response = await server.gql<Answer>(
        `query ($id: ID!) { consortium(id: $id) { title frameworkProgramme programmePart totalCost ecMaxContribution
           members { organization { id totalEcContribution } ecContribution netEcContribution totalCost } } }`,
        { id },
      );
      const { members, ...consortium } = response.body.data!.consortium;
      expect(consortium).toEqual(project);
      const byOrg = (a: { orgId: string }, b: { orgId: string }) => a.orgId.localeCompare(b.orgId);
      expect(
        members
          .map(({ organization, ...money }) => ({ consortiumId: id, orgId: organization.id, ...money }))
          .sort(byOrg),
      ).toEqual(participations.filter((p) => p.consortiumId === id).sort(byOrg));
      for (const member of members) totals.set(member.organization.id, member.organization.totalEcContribution);
    }
    // Spot checks against the file's own text: decimal comma, decimal point, not an amount, a line break in a title.
    const at = (orgId: string, consortiumId: string) =>
      participations.find((p) => p.orgId === orgId && p.consortiumId === consortiumId);
    expect(at('cordis-org-999100001', 'cordis-999000101')?.ecContribution).toBe(42123.07);
    expect(at('cordis-org-999100016', 'cordis-999000103')).toMatchObject({
      ecContribution: 12345.5,
      totalCost: 20000.5,
    });
    expect(at('cordis-org-999100018', 'cordis-999000104')).toMatchObject({ ecContribution: null, totalCost: 30000 });
    expect(projects.find((p) => p.id === 'cordis-999000110')?.title).toBe('Test project ten, with a line break');
    expect(projects.find((p) => p.id === 'cordis-999000104')?.totalCost).toBeNull();

    // An organisation's total is the sum of its participations' contributions; null when none states one.
    for (const [orgId, total] of totals) {
      const amounts = participations.filter((p) => p.orgId === orgId && p.ecContribution !== null);
      if (amounts.length === 0) expect(total).toBeNull();
      else
        expect(total).toBeCloseTo(
          amounts.reduce((sum, p) => sum + p.ecContribution!, 0),
          6,
        );
    }
    expect([...totals.values()].filter((total) => total === null).length).toBeGreaterThan(0);
    expect(totals.get('cordis-org-999100001')).toBeCloseTo(
      participations.filter((p) => p.orgId === 'cordis-org-999100001').reduce((s, p) => s + p.ecContribution!, 0),
      6,
    );
  });

  it('records the import as a Source that every membership cites, and a re-run changes nothing', async () => {
    const first = await run({ file: CORDIS, format: 'cordis', projectsFile: PROJECTS });
    const once = await graphSize(db);
    await run({ file: CORDIS, format: 'cordis', projectsFile: PROJECTS, batchSize: 1000 });
    expect(await graphSize(db)).toEqual(once);
    const [source] = await db.read<{ title: string; hash: string; counts: string; uncited: number }>(
      `MATCH (s:Source {id: $id})
       RETURN s.title AS title, s.contentHash AS hash, s.rowCounts AS counts,
              COUNT { MATCH (o)-[m:MEMBER_OF]->() WHERE o.id STARTS WITH 'cordis-org-999' AND NOT $id IN m.sources } AS uncited`,
      { id: first.sourceId },
    );
    expect(source).toEqual({
      title: 'organization.csv',
      hash: await sha256OfFile(CORDIS),
      counts: JSON.stringify({ read: 31, accepted: 30, rejected: 1 }),
      uncited: 0,
    });
  });

  it('leaves nothing when interrupted after the first batch', async () => {
    const before = await graphSize(db);
    const interrupted = run({
      file: CORDIS,
      format: 'cordis',
      projectsFile: PROJECTS,
      batchSize: 5,
      onProgress: () => {
        throw new Error('stopped by the test after one batch');
      },
    });
    await expect(interrupted).rejects.toThrow('stopped by the test');
    expect(await graphSize(db)).toEqual(before);
  });

  it('leaves nothing when aborted', async () => {
    const before = await graphSize(db);
    const controller = new AbortController();
    const aborted = run({
      file: CORDIS,
      format: 'cordis',
      batchSize: 5,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(aborted).rejects.toThrow(ImportAborted);
    expect(await graphSize(db)).toEqual(before);
  });
});

describe('commit per batch', () => {
  /** The fixture's part of the graph, read with Cypher of its own: memberships, and the counts stored on both ends. */
  async function cordisSubgraph(): Promise<unknown[]> {
    return db.read(
      `MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium) WHERE o.id STARTS WITH 'cordis-org-999'
       RETURN o.id AS org, c.id AS consortium, m.role AS role, m.sources AS sources, o.name AS name, o.kind AS kind,
              o.consortiumCount AS consortiumCount, c.memberCount AS memberCount, c.name AS consortiumName
       ORDER BY org, consortium`,
    );
  }
  const cordis = { file: CORDIS, format: 'cordis' as const, projectsFile: PROJECTS, batchSize: 4 };
  const withoutTime = ({ seconds: _seconds, ...summary }: { seconds: number }) => summary;

  it('leaves, in one transaction of many batches, stored counts equal to what the file gives each node', async () => {
    // One transaction sets the counts once at its end; expected from the file's own distinct pairs.
    const records = parse(fs.readFileSync(CORDIS), { columns: true, delimiter: ';' }) as Array<Record<string, string>>;
    const accepted = records.filter((r) => ['PRC', 'HES', 'REC', 'PUB', 'OTH', ''].includes(r.activityType!));
    const pairs = new Set(accepted.map((r) => `cordis-org-${r.organisationID}\u0000cordis-${r.projectID}`));
    const summary = await run(cordis);
    const stored = new Map<string, number>();
    for (const row of (await cordisSubgraph()) as Array<Record<string, string | number>>) {
      stored.set(String(row.org), Number(row.consortiumCount));
      stored.set(String(row.consortium), Number(row.memberCount));
    }
    const expected = new Map<string, number>();
    for (const pair of pairs) {
      const [org, consortium] = pair.split('\u0000') as [string, string];
      expected.set(org, (expected.get(org) ?? 0) + 1);
      expected.set(consortium, (expected.get(consortium) ?? 0) + 1);
    }
    expect(summary.membershipsCreated).toBeGreaterThan(cordis.batchSize);
    expect(stored).toEqual(expected);
  });

  it('writes the same graph and the same summary as one transaction', async () => {
    const once = await run(cordis);
    const onceGraph = await cordisSubgraph();
    await removeImports();
    const perBatch = await run({ ...cordis, commit: 'per-batch' });
    expect(await cordisSubgraph()).toEqual(onceGraph);
    expect(withoutTime(perBatch)).toEqual(withoutTime(once));
    expect(onceGraph.length).toBe(once.membershipsCreated);
  });

  it('keeps the batches committed before a failure, says so, and a re-run completes the import', async () => {
    const complete = await run(cordis);
    const completeGraph = await cordisSubgraph();
    await removeImports();

    let batchesSeen = 0;
    const failing = run({
      ...cordis,
      commit: 'per-batch',
      onProgress: () => {
        batchesSeen += 1;
        if (batchesSeen === 2) throw new Error('stopped by the test after two batches');
      },
    });
    const error = await failing.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ImportIncomplete);
    expect(error).toMatchObject({ committedBatches: 2, committedRows: 8 });
    expect((error as Error).message).toMatch(
      /stopped after committing 2 batches \(8 rows\): stopped by the test after two batches\. Run the same import again/,
    );
    const partial = await cordisSubgraph();
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(completeGraph.length);

    const rerun = await run({ ...cordis, commit: 'per-batch' });
    expect(await cordisSubgraph()).toEqual(completeGraph);
    expect(rerun.membershipsCreated + partial.length).toBe(complete.membershipsCreated);
  });
});

describe('packed batches', () => {
  it('rejects names holding control characters, which the packed batch format reserves', async () => {
    const file = path.join(fs.mkdtempSync('/tmp/t-imp-'), 'controls.csv');
    fs.writeFileSync(
      file,
      [
        'organization_id,organization_name,kind,consortium_id,consortium_name',
        't-imp-ctl-a,"Tab\tLabs",COMPANY,t-imp-ctl-c1,Control one',
        't-imp-ctl-b,"Record\u001eSeparator Inc",COMPANY,t-imp-ctl-c1,Control one',
        't-imp-ctl-c,Clean Co,COMPANY,t-imp-ctl-c1,Control one',
      ].join('\n'),
    );
    const summary = await run({ file, format: 'generic-csv' });
    expect(summary).toMatchObject({ rowsRead: 3, rejected: 2, organizationsCreated: 1, membershipsCreated: 1 });
    expect(summary.rejections.map((r) => r.location)).toEqual(['line 2', 'line 3']);
    for (const rejection of summary.rejections) expect(rejection.reason).toContain('control character');
    const [clean] = await db.read<{ name: string }>("MATCH (o:Organization {id: 't-imp-ctl-c'}) RETURN o.name AS name");
    expect(clean).toEqual({ name: 'Clean Co' });
    await db.write('MATCH (s:Source {id: $id}) DETACH DELETE s', { id: summary.sourceId });
  });
});

describe('text limits', () => {
  it('rejects rows with a value over its limit, naming the column, the limit and what was found, and imports the rest', async () => {
    const file = path.join(fs.mkdtempSync('/tmp/t-imp-'), 'limits.csv');
    const rows = [
      'organization_id,organization_name,kind,consortium_id,consortium_name,category',
      `t-imp-lim-a,${'N'.repeat(501)},COMPANY,t-imp-lim-c1,Limits one,`,
      `t-imp-lim-b,Long Category Co,COMPANY,t-imp-lim-c1,Limits one,${'c'.repeat(201)}`,
      `t-imp-lim-c,Control Category Co,COMPANY,t-imp-lim-c1,Limits one,"Tier\t1"`,
      `t-imp-lim-d,Long Team Co,COMPANY,t-imp-lim-c2,${'T'.repeat(501)},`,
      `${'i'.repeat(201)},Long Id Co,COMPANY,t-imp-lim-c1,Limits one,`,
      `t-imp-lim-e,Fine Co,COMPANY,t-imp-lim-c1,Limits one,${'c'.repeat(200)}`,
    ];
    fs.writeFileSync(file, rows.join('\n'));
    const before = await graphSize(db);
    const summary = await run({ file, format: 'generic-csv' });
    expect(summary).toMatchObject({ rowsRead: 6, rejected: 5, organizationsCreated: 1, membershipsCreated: 1 });
    expect(summary.rejections).toEqual([
      { location: 'line 2', reason: 'organization_name must be 1–500 characters, got 501' },
      { location: 'line 3', reason: 'category must be at most 200 characters, got 201' },
      {
        location: 'line 4',
        reason:
          'category "Tier\\t1" contains a control character (U+0009 at position 5); tabs, newlines and other control ' +
          'characters are not allowed',
      },
      { location: 'line 5', reason: 'consortium_name must be 1–500 characters, got 501' },
      {
        location: 'line 6',
        reason: 'organization_id must be 1–200 letters, digits, ".", "-" or "_", got 201 characters',
      },
    ]);
    const [fine] = await db.read<{ category: string }>(
      "MATCH (:Organization {id: 't-imp-lim-e'})-[m:MEMBER_OF]->() RETURN m.category AS category",
    );
    expect(fine).toEqual({ category: 'c'.repeat(200) });
    // One organisation, one consortium, the import's source; one membership and the source it cites.
    const after = await graphSize(db);
    expect(after.nodes - before.nodes).toBe(3);
    await db.write('MATCH (s:Source {id: $id}) DETACH DELETE s', { id: summary.sourceId });
  });
});

describe('npm run import on a database without the schema', () => {
  /** What src/db/schema.ts creates, written out here so the test does not read the list it checks. */
  const CONSTRAINTS = [
    'consortium_id',
    'fact_id',
    'model_id',
    'organization_id',
    'person_id',
    'program_id',
    'source_id',
    'stage_id',
  ];
  const INDEXES = [
    'consortium_name',
    'organization_consortium_count',
    'organization_country',
    'organization_kind',
    'organization_name',
    'organization_names',
  ];
  const constraintNames = async () =>
    (await db.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).map((r) => r.name);
  const indexNames = async () =>
    (
      await db.read<{ name: string }>(
        "SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name ORDER BY name",
      )
    ).map((r) => r.name);

  // Whatever happens in the test, the shared Neo4j gets its schema back for the test files after this one.
  afterAll(() => applySchema(db));

  it('creates the constraints and indexes before writing', async () => {
    // The schema is dropped (the seed graph stays): the state of a database no seed or npm start has touched.
    // Schema names cannot be parameters; these are the test's own constants.
    const drops = [
      ...CONSTRAINTS.map((name) => `DROP CONSTRAINT ${name} IF EXISTS`),
      ...INDEXES.map((name) => `DROP INDEX ${name} IF EXISTS`),
    ];
    for (const statement of drops) await db.write(statement);
    expect(await constraintNames()).toEqual([]);
    expect(await indexNames()).toEqual([]);

    const config = { ...loadConfig({}), NEO4J_URI: process.env.NEO4J_TEST_URI };
    const code = await runImportCommand([GENERIC, '--format', 'generic-csv', '--batch-size', '4'], config);
    expect(code).toBe(0);
    expect(await constraintNames()).toEqual(CONSTRAINTS);
    expect(await indexNames()).toEqual(INDEXES);
    const [imported] = await db.read<{ memberships: number }>(
      "MATCH (:Organization)-[m:MEMBER_OF]->(c:Consortium) WHERE c.id STARTS WITH 't-imp-' RETURN count(m) AS memberships",
    );
    expect(imported!.memberships).toBe(7);
  });
});

describe('statement plans', () => {
  interface Plan {
    operatorType: string;
    children: Plan[];
  }
  const operatorsOf = (plan: Plan): string[] => [
    plan.operatorType.replace(/@.*$/, ''),
    ...plan.children.flatMap(operatorsOf),
  ];

  // The name look-ups (rows that give only a name) still scan their label: see importWrites.ts.
  it('sends no statement that materialises its batch (Eager), nor a label scan where an id serves', async () => {
    const statements: Array<{ cypher: string; params: Record<string, unknown> }> = [];
    const stop = db.observe(({ cypher, params }) => statements.push({ cypher, params }));
    try {
      // Both CSV formats: name-only rows (looked up by name), new and existing nodes, repeated memberships.
      await run({ file: GENERIC, format: 'generic-csv' });
      await run({ file: CORDIS, format: 'cordis', projectsFile: PROJECTS });
    } finally {
      stop();
    }
    const distinct = new Map(statements.map((statement) => [statement.cypher, statement]));
    expect(distinct.size).toBeGreaterThanOrEqual(8);
    const problems: string[] = [];
    const session = db.driver.session({ database: db.name });
    try {
      for (const { cypher, params } of distinct.values()) {
        // The statement as the importer sent it (parameterised), prefixed: no value enters the text.
        // eslint-disable-next-line cypher/no-interpolation -- the prefixed text is a statement the code sent
        const plan = (await session.run('EXPLAIN ' + cypher, params)).summary.plan as unknown as Plan;
        const operators = operatorsOf(plan);
        const banned = operators.filter(
          (operator) => operator === 'Eager' || (operator === 'NodeByLabelScan' && /\{id: \w+\}/.test(cypher)),
        );
        if (banned.length > 0) problems.push(`${[...new Set(banned)].join(', ')} in: ${cypher.replace(/\s+/g, ' ')}`);
      }
    } finally {
      await session.close();
    }
    expect(problems).toEqual([]);
  });
});
