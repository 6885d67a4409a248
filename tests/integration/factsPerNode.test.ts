/**
 * A fact hangs from exactly one node: an organisation and a team (or a program, a model) that share an id
 * (`upstage`, `nc-ai`, ...) each answer their own facts only. Expected facts are read from the seed files.
 */
import { seedFactTexts, seedIdsByLabel } from '../support/seedFacts';
import { untilGraphStatsRead } from '../support/graphStatsReady';
import { useTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
useTestServer((started) => {
  server = started.server;
});
beforeAll(() => untilGraphStatsRead(server));

type Label = keyof typeof seedIdsByLabel;
const ROOT_FIELD: Record<Label, string> = {
  Organization: 'organization',
  Consortium: 'consortium',
  Program: 'program',
  Model: 'model',
};
const LABELS = Object.keys(ROOT_FIELD) as Label[];

/** Every (label, id) whose id another label uses too. */
const shared = LABELS.flatMap((label) =>
  seedIdsByLabel[label]
    .filter((id) => LABELS.some((other) => other !== label && seedIdsByLabel[other].includes(id)))
    .map((id) => [label, id] as const),
);

async function factTexts(label: Label, id: string): Promise<string[]> {
  const field = ROOT_FIELD[label];
  const response = await server.gql<Record<string, { facts: Array<{ text: string }> } | null>>(
    `query ($id: ID!) { node: ${field}(id: $id) { facts { text } } }`,
    { id },
  );
  expect(response.body.errors).toBeUndefined();
  return (response.body.data!.node?.facts ?? []).map((fact) => fact.text).sort();
}

describe('facts on the right node', () => {
  it('has ids shared by two labels to check (upstage and nc-ai among them)', () => {
    expect(shared.length).toBeGreaterThanOrEqual(16);
    expect(shared).toEqual(
      expect.arrayContaining([
        ['Organization', 'upstage'],
        ['Consortium', 'upstage'],
      ]),
    );
  });

  it.each(shared)('%s %s answers exactly the facts the seed states about it', async (label, id) => {
    expect(await factTexts(label, id)).toEqual(seedFactTexts(label, id));
  });

  it('gives organization(id: "upstage") its two facts and not the team goals', async () => {
    const texts = await factTexts('Organization', 'upstage');
    expect(texts).toHaveLength(2);
    expect(texts).toContain('Upstage is the only startup among the five selected teams.');
    expect(await factTexts('Consortium', 'upstage')).not.toContain(
      'Upstage is the only startup among the five selected teams.',
    );
  });
});
