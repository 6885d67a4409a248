/** `npm run docs:cli`: rewrites docs/cli.md from the commands' usage definitions. */
import fs from 'node:fs';
import { CLI_DOCS, cliDocs } from './cliDocs';

async function main(): Promise<void> {
  const before = fs.existsSync(CLI_DOCS) ? fs.readFileSync(CLI_DOCS, 'utf8') : '';
  const after = await cliDocs();
  fs.writeFileSync(CLI_DOCS, after);
  console.log(before === after ? 'docs/cli.md already up to date' : 'docs/cli.md rewritten');
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
