import type { CommandLine } from '../src/cli/commandLine';
import { runCli } from '../src/cli/runCli';
import type { Database } from '../src/db/database';
import { consortiaByIds, membershipsOfConsortia } from '../src/db/reads/consortiumReads';
import { countOrganizations, listOrganizations } from '../src/db/reads/organizationList';
import {
  coMembersOf,
  consortiumOverlaps,
  membershipsOfOrganizations,
  organizationsInMultipleConsortia,
  searchOrganizations,
} from '../src/db/reads/organizationReads';
import { loopbackUriOption, PROFILE_COMMAND } from './benchCommands';
import { openBenchDatabase } from './servers/serverEnv';

interface ProfiledPlan {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: ProfiledPlan[];
}

const totalHits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((sum, c) => sum + totalHits(c), 0);
const operators = (plan: ProfiledPlan): string[] => [
  `${plan.operatorType.replace(/@.*$/, '')}(${plan.dbHits})`,
  ...plan.children.flatMap(operators),
];

/** The statements one read function sends (captured, not run twice by hand). */
async function statementsOf(db: Database, read: () => Promise<unknown>) {
  const sent: Array<{ cypher: string; params: Record<string, unknown> }> = [];
  const stop = db.observe(({ cypher, params }) => sent.push({ cypher, params }));
  try {
    await read();
  } finally {
    stop();
  }
  return sent;
}

/**
 * PROFILEs the hot statements of the API against a running benchmark graph (`npm run bench -- --keep`) and prints
 * a Markdown table: total db hits, rows, time and the heaviest operators. Ids: the hub, the largest consortium.
 */
async function main({ values }: CommandLine<typeof PROFILE_COMMAND.options>): Promise<void> {
  const db = openBenchDatabase(loopbackUriOption(values.uri));
  const hub = values.hub;
  const consortia = values.consortia.split(',');
  const hubConsortia = (await membershipsOfOrganizations(db, [hub], null))[0]!.map((m) => m.consortiumId);
  const reads: Record<string, () => Promise<unknown>> = {
    'multi ≥2 (stored counts)': () =>
      organizationsInMultipleConsortia(db, {
        minConsortia: 2,
        includeAffiliates: false,
        asOf: null,
        activeOnly: false,
        first: 100,
      }),
    'multi ≥2 +affiliates': () =>
      organizationsInMultipleConsortia(db, {
        minConsortia: 2,
        includeAffiliates: true,
        asOf: null,
        activeOnly: false,
        first: 100,
      }),
    'consortiaByIds (hub consortia)': () => consortiaByIds(db, hubConsortia),
    'countOrganizations (no filter)': () => countOrganizations(db, {}),
    'listOrganizations CONSORTIUM_COUNT DESC 50': () =>
      listOrganizations(
        db,
        {},
        { field: 'CONSORTIUM_COUNT', direction: 'DESC' },
        { after: null, before: null, limit: 51, backward: false },
      ),
    'membershipsOfOrganizations (hub)': () => membershipsOfOrganizations(db, [hub], null),
    'membershipsOfConsortia (largest)': () => membershipsOfConsortia(db, [consortia[0]!], null),
    'coMembersOf (hub)': () => coMembersOf(db, hub, null, 100),
    'consortiumOverlaps (20 largest)': () => consortiumOverlaps(db, consortia, null, false),
    'search Photonics': () => searchOrganizations(db, 'Photonics', 10),
  };
  console.log('| statement | db hits | rows | ms | heaviest operators (db hits) |\n|---|---|---|---|---|');
  for (const [name, read] of Object.entries(reads)) {
    for (const { cypher, params } of await statementsOf(db, read)) {
      const session = db.driver.session({ database: db.name });
      try {
        const started = performance.now();
        // The statement as the API sent it (parameterised), prefixed: no value enters the text.
        // eslint-disable-next-line cypher/no-interpolation -- the prefixed text is a statement the code sent
        const result = await session.run('PROFILE ' + cypher, params);
        const ms = Math.round(performance.now() - started);
        const plan = result.summary.profile as unknown as ProfiledPlan;
        const heaviest = operators(plan)
          .sort((a, b) => Number(b.match(/\((\d+)\)/)![1]) - Number(a.match(/\((\d+)\)/)![1]))
          .slice(0, 3);
        console.log(`| ${name} | ${totalHits(plan)} | ${result.records.length} | ${ms} | ${heaviest.join(', ')} |`);
      } finally {
        await session.close();
      }
    }
  }
  await db.close();
}

runCli(PROFILE_COMMAND, main);
