import { loadConfig } from '../config';
import { SeedError } from '../seed/seedFiles';
import { loadSeed } from '../seed/loadSeed';
import { SEED_COMMAND } from './commands';
import { openConfiguredDatabase } from './openDatabase';
import { runCli } from './runCli';

runCli(
  SEED_COMMAND,
  async ({ positionals: [folder] }) => {
    const config = loadConfig();
    const { db, close } = await openConfiguredDatabase(config, (line) => console.log(line));
    try {
      const summary = await loadSeed(db, folder);
      console.log(
        `Seeded: ${summary.organizations} organisations, ${summary.consortia} consortia, ` +
          `${summary.memberships} memberships, ${summary.sources} sources, ${summary.facts} facts.`,
      );
    } finally {
      await close();
    }
  },
  [SeedError],
);
