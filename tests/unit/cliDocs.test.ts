import fs from 'node:fs';
import path from 'node:path';
import { CLI_DOCS, cliDocs, NPM_SCRIPTS } from '../support/cliDocs';

/** docs/cli.md is generated from the commands' usage definitions: regenerate it with `npm run docs:cli`. */
describe('docs/cli.md', () => {
  it('is what npm run docs:cli writes from the usage definitions', () => {
    expect(fs.readFileSync(CLI_DOCS, 'utf8')).toBe(cliDocs());
  });

  it('describes every npm script of package.json, and no other', () => {
    const packageJson = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(Object.keys(NPM_SCRIPTS).sort()).toEqual(Object.keys(packageJson.scripts).sort());
  });
});
