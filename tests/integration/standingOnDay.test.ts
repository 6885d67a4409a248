/**
 * Time that knows what it does not know: after the August 2026 second evaluation, which no source reports, the
 * teams it evaluates are UNKNOWN, and an activeOnly answer says it is complete only as of the last reported
 * stage. Expected standings come from the seed files read independently (tests/support/seedFacts.ts).
 */
import { ANSWER_COLUMNS, ANSWER_DAYS } from '../support/answersTable';
import { expectedMultiConsortium, expectedStandingAnswer, seedConsortiumIds } from '../support/seedFacts';
import { untilGraphStatsRead } from '../support/graphStatsReady';
import { useTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
useTestServer((started) => {
  server = started.server;
});
beforeAll(() => untilGraphStatsRead(server));

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await server.gql<T>(query, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

interface Answered {
  status: string;
  stage: { id: string };
  reason: string | null;
  lastKnown: { status: string } | null;
}

const standingsOn = async (day: string) =>
  (
    await data<{ consortia: Array<{ id: string; standing: Answered | null }> }>(
      `query ($day: Date) { consortia { id standing(asOf: $day) { status stage { id } reason lastKnown { status } } } }`,
      { day },
    )
  ).consortia;

const EVALUATED = ['lg-ai-research', 'motif-technologies', 'sk-telecom', 'upstage'];

describe('the standing on a day', () => {
  it.each(['2025-08-05', '2026-01-20', '2026-08-15', '2026-09-15', '2027-01-01'])(
    'gives every team on %s the standing the seed files give by the rule',
    async (day) => {
      for (const consortium of await standingsOn(day)) {
        const expected = expectedStandingAnswer(consortium.id, day);
        expect([
          consortium.id,
          consortium.standing && [consortium.standing.status, consortium.standing.stage.id],
        ]).toEqual([consortium.id, expected && [expected.status, expected.stage]]);
        expect(consortium.standing?.lastKnown?.status ?? null).toBe(expected?.lastKnown ?? null);
      }
    },
  );

  it('answers the four teams of the second evaluation UNKNOWN on 15 Sep 2026, with the stage and the reason', async () => {
    const unknown = (await standingsOn('2026-09-15')).filter((c) => c.standing?.status === 'UNKNOWN');
    expect(unknown.map((c) => c.id).sort()).toEqual(EVALUATED);
    for (const consortium of unknown) {
      expect(consortium.standing).toMatchObject({
        stage: { id: 'second-evaluation' },
        reason: 'no source reports the result',
      });
    }
    expect(
      seedConsortiumIds.filter((id) => expectedStandingAnswer(id, '2026-09-15')?.status === 'UNKNOWN').sort(),
    ).toEqual(EVALUATED);
  });

  it('answers activeOnly teams on 15 Sep 2026 as the four known to be in, flagged incomplete as of 20 Feb 2026', async () => {
    const result = await data<{
      program: { teams: Array<{ status: string; consortium: { id: string } }> };
      standingKnowledge: {
        asOf: string;
        complete: boolean;
        standingKnownAsOf: string;
        unresolvedStages: Array<{ stage: { id: string }; teams: Array<{ id: string }>; reason: string }>;
      };
    }>(`{ program(id: "korea-sovereign-ai") { teams(asOf: "2026-09-15", activeOnly: true) { status consortium { id } } }
          standingKnowledge(asOf: "2026-09-15") { asOf complete standingKnownAsOf
            unresolvedStages { stage { id } teams { id } reason } } }`);
    expect(result.program.teams.map((t) => [t.consortium.id, t.status]).sort()).toEqual(
      EVALUATED.map((id) => [id, 'UNKNOWN']),
    );
    expect(result.standingKnowledge).toEqual({
      asOf: '2026-09-15',
      complete: false,
      standingKnownAsOf: '2026-02-20',
      unresolvedStages: [
        {
          stage: { id: 'second-evaluation' },
          teams: expect.arrayContaining(EVALUATED.map((id) => ({ id }))),
          reason: 'no source reports the result',
        },
      ],
    });
    expect(result.standingKnowledge.unresolvedStages[0]!.teams).toHaveLength(4);
  });

  it('says the standings are complete on a day before the second evaluation is over', async () => {
    const result = await data<{ program: { standingKnowledge: { complete: boolean; standingKnownAsOf: string } } }>(
      `{ program(id: "korea-sovereign-ai") { standingKnowledge(asOf: "2026-08-15") { complete standingKnownAsOf } } }`,
    );
    expect(result.program.standingKnowledge).toEqual({ complete: true, standingKnownAsOf: '2026-08-15' });
  });

  it('counts the main question with activeOnly on 15 Sep 2026 over the four teams known to be in', async () => {
    const result = await data<{
      organizationsInMultipleConsortia: Array<{ organization: { id: string }; consortia: Array<{ id: string }> }>;
    }>(
      `{ organizationsInMultipleConsortia(asOf: "2026-09-15", activeOnly: true) { organization { id } consortia { id } } }`,
    );
    const answered = new Map(
      result.organizationsInMultipleConsortia.map((row) => [
        row.organization.id,
        row.consortia.map((c) => c.id).sort(),
      ]),
    );
    expect(answered).toEqual(expectedMultiConsortium({ day: '2026-09-15', activeOnly: true, rollUp: false }));
  });
});

describe("the README's answers table, asked of the API", () => {
  it.each(ANSWER_DAYS.flatMap(({ day }) => ANSWER_COLUMNS.map((column) => [day, column.title, column] as const)))(
    'on %s, %s: the API answers the computation the table is rendered from',
    async (day, _title, { activeOnly, rollUp }) => {
      const result = await data<{
        organizationsInMultipleConsortia: Array<{ organization: { id: string }; consortia: Array<{ id: string }> }>;
      }>(
        `query ($day: Date, $activeOnly: Boolean, $rollUp: Boolean) {
          organizationsInMultipleConsortia(asOf: $day, activeOnly: $activeOnly, includeAffiliates: $rollUp) {
            organization { id } consortia { id } } }`,
        { day, activeOnly, rollUp },
      );
      const answered = new Map(
        result.organizationsInMultipleConsortia.map((row) => [
          row.organization.id,
          row.consortia.map((c) => c.id).sort(),
        ]),
      );
      expect(answered).toEqual(expectedMultiConsortium({ day, activeOnly, rollUp }));
    },
  );
});
