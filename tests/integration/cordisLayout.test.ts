import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse';
import { generateCordisLayout, H2020_SHAPE } from '../../src/generate/cordisLayout';
import type { GeneratedGraph } from '../../src/generate/generateGraph';
import { readImportRows, readCordisProjects } from '../../src/import/formats';

// In the integration project although it needs no Neo4j: writing H2020's size takes up to a minute on a busy
// machine, and `npm run test:unit` runs in seconds.

/** What CORDIS's H2020 files hold (counted on the real organization.csv and project.csv). */
const H2020 = {
  organizations: 35_871,
  projects: 31_451,
  singleParticipantProjects: 19_050,
  participations: 144_726,
  maxParticipants: 186,
  maxProjectsOfOneOrganization: 1_372,
};

const FIXTURES = path.join(__dirname, '../fixtures/import');
const firstLine = (file: string) => fs.readFileSync(file, 'utf8').split('\n', 1)[0]!;

/** The records of a `;`-separated CORDIS file, read with csv-parse (not with the generator's code). */
async function records(file: string): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  const parser = fs.createReadStream(file).pipe(parse({ delimiter: ';', columns: true }));
  for await (const record of parser) rows.push(record as Record<string, string>);
  return rows;
}

const countsBy = (rows: Record<string, string>[], column: string) => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row[column]!, (counts.get(row[column]!) ?? 0) + 1);
  return counts;
};

let dir: string;
let graph: GeneratedGraph;
let participations: Record<string, string>[];
let projects: Record<string, string>[];
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cordis-layout-'));
  graph = await generateCordisLayout(
    42,
    fs.createWriteStream(path.join(dir, 'organization.csv')),
    fs.createWriteStream(path.join(dir, 'project.csv')),
  );
  participations = await records(path.join(dir, 'organization.csv'));
  projects = await records(path.join(dir, 'project.csv'));
}, 300_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('generateCordisLayout (H2020 size)', () => {
  it("writes CORDIS's own headers, as in the real files", () => {
    expect(firstLine(path.join(dir, 'organization.csv'))).toBe(firstLine(path.join(FIXTURES, 'organization.csv')));
    expect(firstLine(path.join(dir, 'project.csv'))).toBe(firstLine(path.join(FIXTURES, 'project.csv')));
  });

  it("has H2020's participants per project: 1 to 186, 19,050 projects of 31,451 with one", () => {
    const sizes = [...countsBy(participations, 'projectID').values()];
    expect(participations).toHaveLength(H2020.participations);
    expect(projects).toHaveLength(H2020.projects);
    expect(sizes).toHaveLength(H2020.projects);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBe(H2020.maxParticipants);
    expect(sizes.filter((size) => size === 1)).toHaveLength(H2020.singleParticipantProjects);
    // Most of the multi-participant projects are small: the median is well below the largest.
    const multi = sizes.filter((size) => size > 1).sort((a, b) => a - b);
    expect(multi[multi.length >> 1]).toBeLessThan(20);
  });

  it("has H2020's organisations: 35,871, the largest hub in 1,372 projects, most in few", () => {
    const degrees = [...countsBy(participations, 'organisationID').values()].sort((a, b) => b - a);
    expect(degrees).toHaveLength(H2020.organizations);
    expect(degrees[0]).toBe(H2020.maxProjectsOfOneOrganization);
    expect(degrees[1]).toBeLessThan(H2020.maxProjectsOfOneOrganization);
    expect(degrees[degrees.length >> 1]).toBeLessThanOrEqual(3);
  });

  it('has one coordinator per project, no organisation twice in one, and every project in project.csv', () => {
    const coordinators = countsBy(
      participations.filter((row) => row.role === 'coordinator'),
      'projectID',
    );
    expect(coordinators.size).toBe(H2020.projects);
    expect([...coordinators.values()].every((count) => count === 1)).toBe(true);
    const pairs = new Set(participations.map((row) => `${row.projectID}/${row.organisationID}`));
    expect(pairs.size).toBe(H2020.participations);
    const projectIds = new Set(projects.map((row) => row.id));
    expect(participations.every((row) => projectIds.has(row.projectID!))).toBe(true);
  });

  it('answers the ids the import gives the hubs and the largest projects', () => {
    const degrees = countsBy(participations, 'organisationID');
    const hub = graph.hubIds[0]!.replace('cordis-org-', '');
    expect(degrees.get(hub)).toBe(H2020.maxProjectsOfOneOrganization);
    const sizes = countsBy(participations, 'projectID');
    expect(sizes.get(graph.largestConsortiumIds[0]!.replace('cordis-', ''))).toBe(H2020.maxParticipants);
    expect(graph.memberships).toBe(H2020.participations);
    expect(H2020_SHAPE.participations).toBe(H2020.participations);
  });

  it('is read by the importer (--format cordis) without a rejected row', async () => {
    const projectMap = await readCordisProjects(path.join(dir, 'project.csv'));
    expect(projectMap.size).toBe(H2020.projects);
    let rows = 0;
    const rejections: unknown[] = [];
    const position = { bytesRead: 0 };
    for await (const items of readImportRows('cordis', path.join(dir, 'organization.csv'), projectMap, position)) {
      for (const item of items) {
        if ('row' in item) rows += 1;
        else rejections.push(item.rejection);
      }
    }
    expect(rejections).toEqual([]);
    expect(rows).toBe(H2020.participations);
  }, 300_000);
});
