/** `npm run docs:cli`: rewrites docs/cli.md from the commands' usage definitions. */
import fs from 'node:fs';
import { CLI_DOCS, cliDocs } from './cliDocs';

const before = fs.existsSync(CLI_DOCS) ? fs.readFileSync(CLI_DOCS, 'utf8') : '';
const after = cliDocs();
fs.writeFileSync(CLI_DOCS, after);
console.log(before === after ? 'docs/cli.md already up to date' : 'docs/cli.md rewritten');
