/** `npm run docs:cli`: rewrites docs/cli.md and the README's scripts table from the commands' usage definitions. */
import fs from 'node:fs';
import { CLI_DOCS, cliDocs, README, readmeWithScripts } from './cliDocs';

function rewrite(file: string, contentOf: (before: string) => string, name: string): void {
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const after = contentOf(before);
  fs.writeFileSync(file, after);
  console.log(before === after ? `${name} already up to date` : `${name} rewritten`);
}

rewrite(CLI_DOCS, () => cliDocs(), 'docs/cli.md');
rewrite(README, readmeWithScripts, "README.md's scripts table");
