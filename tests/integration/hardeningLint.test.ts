import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Runs eslint's `new ESLint()` API on `code`, as if it were a file of src/db, with the project's
 * eslint.config.mjs. In a child node: jest's module sandbox cannot import the .mjs config.
 */
const LINT_SCRIPT = `
const { ESLint } = require('eslint');
const code = require('node:fs').readFileSync(0, 'utf8');
new ESLint({ cwd: process.cwd() })
  .lintText(code, { filePath: require('node:path').join(process.cwd(), 'src/db/lintProbe.ts') })
  .then(([result]) => process.stdout.write(JSON.stringify(result.messages.map((m) => m.ruleId + ': ' + m.message))));
`;

function lint(code: string): string[] {
  const output = execFileSync(process.execPath, ['-e', LINT_SCRIPT], { cwd: ROOT, input: code, encoding: 'utf8' });
  return JSON.parse(output) as string[];
}

describe('the lint rule against Cypher built from values', () => {
  it('rejects a value interpolated into Cypher text', () => {
    const messages = lint(
      "declare const db: { read(cypher: string): Promise<unknown> };\nexport const find = (id: string) => db.read(`MATCH (n {id: '${id}'}) RETURN n`);\n",
    );
    expect(messages).toContain(
      'no-restricted-syntax: Build Cypher from constants and pass values as parameters, never by interpolation.',
    );
  });

  it('accepts the same query with a parameter', () => {
    const messages = lint(
      "declare const db: { read(cypher: string, params: object): Promise<unknown> };\nexport const find = (id: string) => db.read('MATCH (n {id: $id}) RETURN n', { id });\n",
    );
    expect(messages).toEqual([]);
  });
});
