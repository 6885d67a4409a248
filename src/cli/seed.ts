import { loadConfig } from '../config';
import { SeedError } from '../seed/seedFiles';
import { loadSeed } from '../seed/loadSeed';
import { openConfiguredDatabase } from './openDatabase';
import { runCli } from './runCli';

async function main(): Promise<void> {
  const config = loadConfig();
  const { db, close } = await openConfiguredDatabase(config, (line) => console.log(line));
  try {
    const summary = await loadSeed(db, process.argv[2]);
    console.log(
      `Seeded: ${summary.organizations} organisations, ${summary.consortia} consortia, ` +
        `${summary.memberships} memberships, ${summary.sources} sources, ${summary.facts} facts.`,
    );
  } finally {
    await close();
  }
}

runCli(main, [SeedError]);
