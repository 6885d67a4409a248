import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { loadSeed } from '../../src/seed/loadSeed';
import { SeedError } from '../../src/seed/seedFiles';
import {
  expectedMultiConsortium,
  expectedStanding,
  seedConsortiumIds,
  seedMemberships,
  seedOrganizationIds,
} from '../support/seedFacts';
import { sourcePath } from '../support/sourcesDir';
import { graphSize, openTestDatabase } from '../support/testDatabase';

const SEEDS_DIR = path.resolve(__dirname, '../../seeds');

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

const count = async (cypher: string) => (await db.read<{ n: number }>(cypher))[0]!.n;

/** The ministry's member lists, read straight from the dossier's markdown table. */
function ministryTable(): Map<string, string[]> {
  const dossier = fs.readFileSync(sourcePath('sovereign-ai-updates-2025-2026.md'), 'utf8');
  const rows = dossier.split('\n').filter((line) => /^\| [A-Z]/.test(line) && !line.startsWith('| team'));
  return new Map(
    rows.map((line) => {
      const [team, members] = line
        .split('|')
        .slice(1, 3)
        .map((cell) => cell.trim());
      return [team!, members!.split(', ').map((member) => member.replace(' (lead)', ''))];
    }),
  );
}

describe('the seed graph in Neo4j', () => {
  it('has every organisation, consortium, membership and source of the seed files', async () => {
    expect(await count('MATCH (o:Organization) RETURN count(o) AS n')).toBe(seedOrganizationIds.length);
    expect(await count('MATCH (c:Consortium) RETURN count(c) AS n')).toBe(seedConsortiumIds.length);
    expect(await count('MATCH (:Organization)-[m:MEMBER_OF]->(:Consortium) RETURN count(m) AS n')).toBe(
      seedMemberships.length,
    );
    expect(await count('MATCH (s:Source) RETURN count(s) AS n')).toBe(16);
    expect(await count('MATCH (p:Program) RETURN count(p) AS n')).toBe(1);
  });

  it('gives each of the ministry-listed teams exactly the members the dossier table lists, lead first', async () => {
    const teams: Record<string, string> = {
      'NAVER Cloud': 'naver-cloud',
      Upstage: 'upstage',
      'SK Telecom': 'sk-telecom',
      'NC AI': 'nc-ai',
      'LG AI Research': 'lg-ai-research',
    };
    for (const [team, members] of ministryTable()) {
      const rows = await db.read<{ nameKo: string | null; aliases: string[]; role: string; sources: string[] }>(
        `MATCH (o:Organization)-[m:MEMBER_OF]->(:Consortium {id: $id})
         WHERE any(s IN m.sources WHERE s IN ['donga-sports-132125785', 'outstanding-1387'])
         RETURN o.nameKo AS nameKo, o.aliases AS aliases, m.role AS role, m.sources AS sources`,
        { id: teams[team] },
      );
      expect(rows).toHaveLength(members.length);
      const lead = rows.find((row) => row.role === 'LEAD')!;
      expect([lead.nameKo, ...lead.aliases]).toContain(members[0]);
      for (const member of members) {
        expect(rows.some((row) => row.nameKo === member || row.aliases.includes(member))).toBe(true);
      }
    }
  });

  it('cites both sources for a membership both state, and one where only one does', async () => {
    const sourcesOf = async (org: string, consortium: string) =>
      (
        await db.read<{ sources: string[] }>(
          'MATCH (:Organization {id: $org})-[m:MEMBER_OF]->(:Consortium {id: $consortium}) RETURN m.sources AS sources',
          { org, consortium },
        )
      )[0]!.sources;
    expect(await sourcesOf('kaist', 'naver-cloud')).toEqual(
      expect.arrayContaining(['koreawave-2025-08-05', 'donga-sports-132125785']),
    );
    expect(await sourcesOf('naver', 'naver-cloud')).not.toContain('koreawave-2025-08-05');
    expect(await sourcesOf('university-of-wisconsin', 'sk-telecom')).toEqual(['koreawave-2025-08-05']);
  });

  it('makes each industry–academia foundation its own node, part of its university', async () => {
    const rows = await db.read<{ child: string; parent: string }>(
      `MATCH (c:Organization {kind: 'INDUSTRY_ACADEMIA_FOUNDATION'})-[:PART_OF]->(p:Organization {kind: 'UNIVERSITY'})
       RETURN c.id AS child, p.id AS parent ORDER BY child`,
    );
    expect(rows.map((row) => row.parent).sort()).toEqual(
      ['hanyang-university', 'korea-university', 'postech', 'snu', 'sogang-university'].sort(),
    );
    expect(await count("MATCH (o:Organization {kind: 'INDUSTRY_ACADEMIA_FOUNDATION'}) RETURN count(o) AS n")).toBe(5);
  });

  it('lets no fact relationship go without a source that exists', async () => {
    const uncited = await count(
      `MATCH ()-[r:MEMBER_OF|PART_OF|STANDING|RUN_BY|DEVELOPS|BASED_ON|HOLDS_POSITION]->()
       WHERE size(coalesce(r.sources, [])) = 0 OR any(s IN r.sources WHERE NOT EXISTS { (:Source {id: s}) })
       RETURN count(r) AS n`,
    );
    expect(uncited).toBe(0);
    expect(await count('MATCH (f:Fact) WHERE size(coalesce(f.sources, [])) = 0 RETURN count(f) AS n')).toBe(0);
  });

  it.each(['2025-12-01', '2026-02-01', '2026-03-01'])('gives every team its standing on %s', async (day) => {
    const rows = await db.read<{ id: string; status: string | null }>(
      `MATCH (c:Consortium)
       OPTIONAL MATCH (c)-[s:STANDING]->(st:Stage) WHERE coalesce(st.date, st.knownBy) <= date($day)
       WITH c, s, st ORDER BY st.order DESC
       WITH c, head(collect(s.status)) AS status
       RETURN c.id AS id, status`,
      { day },
    );
    for (const row of rows) expect([row.id, row.status]).toEqual([row.id, expectedStanding(row.id, day)]);
  });

  it('knows, by hand from the sources, who was in the program on each date', () => {
    const active = (day: string) =>
      seedConsortiumIds
        .filter((id) => ['SELECTED', 'ADVANCED', 'ADDED'].includes(expectedStanding(id, day) ?? ''))
        .sort();
    expect(active('2025-12-01')).toEqual(['lg-ai-research', 'naver-cloud', 'nc-ai', 'sk-telecom', 'upstage']);
    expect(active('2026-02-01')).toEqual(['lg-ai-research', 'sk-telecom', 'upstage']);
    expect(active('2026-03-01')).toEqual(['lg-ai-research', 'motif-technologies', 'sk-telecom', 'upstage']);
    expect(expectedStanding('naver-cloud', '2026-02-01')).toBe('ELIMINATED');
  });
});

describe('loading the seed', () => {
  it('twice leaves exactly the same graph', async () => {
    const before = await graphSize(db);
    const snapshot = await db.read('MATCH (o:Organization) RETURN o {.*} AS o ORDER BY o.id');
    await loadSeed(db);
    expect(await graphSize(db)).toEqual(before);
    expect(await db.read('MATCH (o:Organization) RETURN o {.*} AS o ORDER BY o.id')).toEqual(snapshot);
  });

  function brokenSeedsDir(edit: (files: Record<string, string>) => void): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
    const files = Object.fromEntries(
      fs.readdirSync(SEEDS_DIR).map((f) => [f, fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8')]),
    );
    edit(files);
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
    return dir;
  }

  it.each([
    [
      'a wrong kind',
      (files: Record<string, string>) => {
        files['entities.yaml'] = files['entities.yaml']!.replace('kind: UNIVERSITY', 'kind: STARTUP');
      },
      /entities\.yaml: organizations\[\d+\] \(id "[a-z0-9-]+"\)\.kind: must be one of/,
    ],
    [
      'a membership naming an unknown organisation',
      (files: Record<string, string>) => {
        files['koreawave-2025-08-05.yaml'] = files['koreawave-2025-08-05.yaml']!.replace(
          'org: twelve-labs',
          'org: nobody-corp',
        );
      },
      /koreawave-2025-08-05\.yaml: consortia\[\d+\] \(id "naver-cloud"\)\.members\[\d+\] \(org "nobody-corp"\): unknown organization "nobody-corp"/,
    ],
    [
      'a duplicate id',
      (files: Record<string, string>) => {
        files['entities.yaml'] = files['entities.yaml']!.replace(/id: twelve-labs/, 'id: naver');
      },
      /duplicate organization id "naver"/,
    ],
    [
      'a fact with no source',
      (files: Record<string, string>) => {
        files['koreawave-2025-08-05.yaml'] = files['koreawave-2025-08-05.yaml']!.replace(
          /sources: \[koreawave-2025-08-05\]/,
          'sources: []',
        );
      },
      /koreawave-2025-08-05\.yaml: .*: every fact must cite at least one source/,
    ],
  ])('with %s writes nothing and names the file, entry and reason', async (_name, edit, message) => {
    const dir = brokenSeedsDir(edit);
    const before = await graphSize(db);
    const error = await loadSeed(db, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as Error).message).toMatch(message);
    expect(await graphSize(db)).toEqual(before);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('the main question in Cypher', () => {
  /** Runs the API's repository function: organisation id → consortia it counts in. */
  async function answer(day: string | null, activeOnly: boolean, includeAffiliates: boolean) {
    const { organizationsInMultipleConsortia } = await import('../../src/db/reads/organizationReads');
    const rows = await organizationsInMultipleConsortia(db, {
      minConsortia: 2,
      includeAffiliates,
      asOf: day,
      activeOnly,
      first: 1000,
    });
    return new Map(rows.map((row) => [row.organization.id, row.consortia.map((c) => c.id).sort()]));
  }

  const days = ['2025-08-05', '2025-12-01', '2026-02-01', '2026-03-01', '2026-11-26', null];
  it.each(
    days.flatMap((day) =>
      [false, true].flatMap((activeOnly) => [false, true].map((rollUp) => [day, activeOnly, rollUp] as const)),
    ),
  )(
    'on %s (activeOnly %s, rolled up %s) matches an independent reading of the seeds',
    async (day, activeOnly, rollUp) => {
      expect(await answer(day, activeOnly, rollUp)).toEqual(expectedMultiConsortium({ day, activeOnly, rollUp }));
    },
  );

  it('gives the answers worked out by hand from the sources for 5 Aug 2025', async () => {
    const counts = (m: Map<string, string[]>) => Object.fromEntries([...m].map(([id, list]) => [id, list.length]));
    expect(counts(await answer('2025-08-05', false, false))).toEqual({ kaist: 5, snu: 2, 'snu-iacf': 2 });
    expect(counts(await answer('2025-08-05', false, true))).toEqual({ kaist: 5, snu: 3, 'korea-university': 2 });
    expect(counts(await answer('2025-08-05', true, false))).toEqual({ kaist: 4, snu: 2, 'snu-iacf': 2 });
    expect(counts(await answer('2026-03-01', true, true))).toEqual({ kaist: 3, snu: 2 });
  });
});
