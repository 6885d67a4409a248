import { activeOn, heldOn, seedMemberships, seedPartOf } from '../support/seedFacts';
import { whenCostAccepted } from '../support/sizesRead';
import { useTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
useTestServer((started) => ({ server } = started));

const CO_MEMBERS = `query($day: Date) { coMembers(organizationId: "kaist", asOf: $day, activeOnly: true, first: 1000) {
  organization { id } consortia { id } } }`;
const OVERLAPS = `query($day: Date) { consortiumOverlaps(asOf: $day, activeOnly: true, includeAffiliates: true) {
  a { id } b { id } shared { id } } }`;

beforeAll(async () => {
  await whenCostAccepted(server, CO_MEMBERS, { day: '2025-08-05' });
  await whenCostAccepted(server, OVERLAPS, { day: '2025-08-05' });
}, 130_000);

/** Team → members on the day, of teams in the program then, from the seed files. */
function activeTeams(day: string): Map<string, string[]> {
  const teams = new Map<string, string[]>();
  for (const m of seedMemberships) {
    if (!heldOn(m, day) || !activeOn(m.consortium, day)) continue;
    teams.set(m.consortium, [...(teams.get(m.consortium) ?? []), m.org]);
  }
  return teams;
}

const top = (org: string): string => (seedPartOf.has(org) ? top(seedPartOf.get(org)!) : org);

const DAYS = ['2025-08-05', '2026-01-20', '2026-03-01'];

describe('activeOnly on coMembers and consortiumOverlaps', () => {
  it.each(DAYS)('coMembers of KAIST on %s counts only teams in the program', async (day) => {
    const shared = new Map<string, string[]>();
    for (const [team, members] of activeTeams(day)) {
      if (!members.includes('kaist')) continue;
      for (const other of members) if (other !== 'kaist') shared.set(other, [...(shared.get(other) ?? []), team]);
    }
    const response = await server.gql<{
      coMembers: Array<{ organization: { id: string }; consortia: Array<{ id: string }> }>;
    }>(CO_MEMBERS, { day });
    expect(response.body.errors).toBeUndefined();
    const answer = new Map(
      response.body.data!.coMembers.map((row) => [row.organization.id, row.consortia.map((c) => c.id).sort()]),
    );
    expect(answer).toEqual(new Map([...shared].map(([org, teams]) => [org, teams.sort()])));
  });

  it.each(DAYS)('consortiumOverlaps on %s, rolled up, pairs only teams in the program', async (day) => {
    const teamsOf = new Map<string, Set<string>>();
    for (const [team, members] of activeTeams(day)) {
      for (const org of members) teamsOf.set(top(org), (teamsOf.get(top(org)) ?? new Set()).add(team));
    }
    const pairs = new Map<string, string[]>();
    for (const [holder, teams] of teamsOf) {
      for (const a of teams) {
        for (const b of teams) if (a < b) pairs.set(`${a}|${b}`, [...(pairs.get(`${a}|${b}`) ?? []), holder].sort());
      }
    }
    const response = await server.gql<{
      consortiumOverlaps: Array<{ a: { id: string }; b: { id: string }; shared: Array<{ id: string }> }>;
    }>(OVERLAPS, { day });
    expect(response.body.errors).toBeUndefined();
    const answer = new Map(
      response.body.data!.consortiumOverlaps.map((row) => [
        `${row.a.id}|${row.b.id}`,
        row.shared.map((org) => org.id).sort(),
      ]),
    );
    expect(answer).toEqual(pairs);
    expect(pairs.size).toBeGreaterThan(0);
  });
});
