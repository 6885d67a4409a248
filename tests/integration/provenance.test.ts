/**
 * Every fact-bearing relationship says how it is known: STATED with the words of its documents, or INFERRED with
 * the reasoning. Checked in Neo4j for every relationship of the seed graph, and through GraphQL against the seed
 * files read independently.
 */
import type { Database } from '../../src/db/database';
import { seedDevelopers, seedMembershipQuotes } from '../support/seedFacts';
import { untilGraphStatsRead } from '../support/graphStatsReady';
import { useTestServer, type TestServer } from '../support/testServer';

let db: Database;
let server: TestServer;
useTestServer((started) => {
  db = started.db;
  server = started.server;
});
beforeAll(() => untilGraphStatsRead(server));

/** One constant statement per relationship type: a type pattern reads the type's own index, not every relationship. */
const unexplained = (pattern: string) => `MATCH ${pattern}
   RETURN count(r) AS total,
          count(CASE WHEN NOT ((r.provenance = 'STATED' AND size(r.quotes) > 0 AND size(r.sources) > 0)
                            OR (r.provenance = 'INFERRED' AND r.inference IS NOT NULL AND size(r.sources) > 0))
                     THEN r END) AS unexplained`;
const STATEMENTS: Record<string, string> = {
  MEMBER_OF: unexplained('(:Organization)-[r:MEMBER_OF]->(:Consortium)'),
  STANDING: unexplained('(:Consortium)-[r:STANDING]->(:Stage)'),
  PART_OF: unexplained('(:Organization)-[r:PART_OF]->(:Organization)'),
  RUN_BY: unexplained('(:Program)-[r:RUN_BY]->(:Organization)'),
  BASED_ON: unexplained('(:Model)-[r:BASED_ON]->(:Model)'),
  HOLDS_POSITION: unexplained('(:Person)-[r:HOLDS_POSITION]->(:Organization)'),
  DEVELOPS: unexplained('()-[r:DEVELOPS]->(:Model)'),
};
const RELATIONSHIPS = Object.keys(STATEMENTS);

async function gql<T>(query: string): Promise<T> {
  const response = await server.gql<T>(query);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

describe('provenance of every relationship', () => {
  it.each(RELATIONSHIPS)(
    'every %s of the seed graph is stated with a quote or inferred with its reasoning',
    async (type) => {
      const rows = await db.read<{ total: number; unexplained: number }>(STATEMENTS[type]!);
      expect(rows[0]!.total).toBeGreaterThan(0);
      expect(rows[0]!.unexplained).toBe(0);
    },
  );

  it('gives every membership the quotes of every seed file that states it', async () => {
    const data = await gql<{
      consortia: Array<{
        id: string;
        members: Array<{ organization: { id: string }; provenance: string; quotes: string[] }>;
      }>;
    }>('{ consortia { id members { organization { id } provenance quote quotes } } }');
    const answered = new Map(
      data.consortia.flatMap((consortium) =>
        consortium.members.map((member) => [`${member.organization.id}|${consortium.id}`, [...member.quotes].sort()]),
      ),
    );
    expect(answered).toEqual(seedMembershipQuotes);
    const provenances = new Set(data.consortia.flatMap((c) => c.members.map((m) => m.provenance)));
    expect(provenances).toEqual(new Set(['STATED']));
  });

  it('answers every DEVELOPS link as the seed files state or infer it', async () => {
    const data = await gql<{
      models: Array<{
        id: string;
        developers: Array<{
          organization: { id: string } | null;
          consortium: { id: string } | null;
          provenance: string;
          quote: string | null;
          quotes: string[];
          inference: string | null;
          sources: Array<{ id: string }>;
        }>;
      }>;
    }>(`{ models { id developers { organization { id } consortium { id } provenance quote quotes inference
                                   sources { id } } } }`);
    const answered = new Map(
      data.models.flatMap((model) =>
        model.developers.map((developer) => {
          expect(developer.quote).toBe(developer.quotes[0] ?? null);
          const [type, id] = developer.organization
            ? ['Organization', developer.organization.id]
            : ['Consortium', developer.consortium!.id];
          return [
            `${model.id}|${type}|${id}`,
            {
              provenance: developer.provenance,
              quotes: developer.quotes,
              inference: developer.inference,
              sources: developer.sources.map((source) => source.id).sort(),
            },
          ];
        }),
      ),
    );
    expect(answered).toEqual(seedDevelopers);
    const provenances = [...answered.values()].map((developer) => developer.provenance);
    expect(new Set(provenances)).toEqual(new Set(['STATED', 'INFERRED']));
  });

  it('answers the Qwen link of the Omni Foundation Model as inferred, with the reasoning', async () => {
    const data = await gql<{
      model: {
        bases: Array<{
          model: { id: string };
          provenance: string;
          inference: string;
          quote: string;
          sources: Array<{ id: string }>;
        }>;
      };
    }>('{ model(id: "omni-foundation-model") { bases { model { id } provenance inference quote sources { id } } } }');
    expect(data.model.bases).toHaveLength(1);
    const [link] = data.model.bases;
    expect(link!.model.id).toBe('qwen-vision');
    expect(link!.provenance).toBe('INFERRED');
    expect(link!.inference).toContain('We identify it with the Omni Foundation Model');
    expect(link!.quote).toBe("its model used the encoder and weights of Alibaba's Qwen");
    expect(link!.sources.map((source) => source.id)).toContain('zdnet-20260115150326');
  });

  it('answers a stated BASED_ON link with its quote', async () => {
    const data = await gql<{
      model: { bases: Array<{ provenance: string; quote: string; inference: string | null }> };
    }>('{ model(id: "k-exaone") { bases { provenance quote inference } } }');
    expect(data.model.bases).toEqual([{ provenance: 'STATED', quote: '「EXAONE 4.0」を基盤に', inference: null }]);
  });

  it('answers PART_OF as inferred from the foundation name, RUN_BY and positions as stated', async () => {
    const data = await gql<{
      organization: { partOf: { parent: { id: string }; provenance: string; quote: string; inference: string } };
      program: {
        runByLink: { organization: { id: string }; provenance: string; quote: string; sources: Array<{ id: string }> };
      };
      person: { positions: Array<{ provenance: string; quote: string }> };
    }>(`{ organization(id: "snu-iacf") { partOf { parent { id } provenance quote inference } }
          program(id: "korea-sovereign-ai") { runByLink { organization { id } provenance quote sources { id } } }
          person(id: "kim-sung-hoon") { positions { provenance quote } } }`);
    expect(data.organization.partOf).toMatchObject({
      parent: { id: 'snu' },
      provenance: 'INFERRED',
      quote: '서울대학교 산학협력단',
    });
    expect(data.organization.partOf.inference).toContain('The sources name the foundation after its university');
    expect(data.program.runByLink).toEqual({
      organization: { id: 'msit' },
      provenance: 'STATED',
      quote: '韓国科学技術情報通信省は4日、「独自AIファウンデーションモデル」プロジェクトの事業者として',
      sources: [{ id: 'koreawave-2025-08-05' }],
    });
    expect(data.person.positions).toEqual([{ provenance: 'STATED', quote: 'Upstageのキム・ソンフン代表' }]);
  });

  it('answers the NOT_SELECTED standings of the shortlisted teams as inferred, the others as stated', async () => {
    const data = await gql<{
      consortium: {
        standings: Array<{ stage: { id: string }; status: string; provenance: string; quote: string | null }>;
      };
    }>('{ consortium(id: "kakao") { standings { stage { id } status provenance quote } } }');
    expect(data.consortium.standings.map((s) => [s.stage.id, s.status, s.provenance])).toEqual([
      ['applications', 'APPLIED', 'STATED'],
      ['shortlist', 'SHORTLISTED', 'STATED'],
      ['selection', 'NOT_SELECTED', 'INFERRED'],
    ]);
    expect(data.consortium.standings.every((s) => s.quote)).toBe(true);
  });
});
