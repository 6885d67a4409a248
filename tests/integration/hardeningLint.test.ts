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

const REFUSED =
  'cypher/no-interpolation: Build Cypher from constants and pass values as parameters, never by interpolation.';
const DB = 'declare const db: { read(cypher: string, params?: object): Promise<unknown> };\n';

describe('the lint rule against Cypher built from values', () => {
  it('rejects a value interpolated into Cypher text', () => {
    const messages = lint(`${DB}export const find = (id: string) => db.read(\`MATCH (n {id: '\${id}'}) RETURN n\`);\n`);
    expect(messages).toEqual([REFUSED]);
  });

  it('rejects the same text held in a constant first, however far it is passed along', () => {
    const direct = lint(`${DB}export function find(id: string) {
  const q = \`MATCH (n {id: '\${id}'}) RETURN n\`;
  return db.read(q);
}\n`);
    expect(direct).toEqual([REFUSED]);
    const passedOn = lint(`${DB}export function find(id: string) {
  const q = 'MATCH (n) WHERE n.id = ' + id;
  const statement = q;
  return db.read(statement);
}\n`);
    expect(passedOn).toEqual([REFUSED]);
  });

  it('rejects a value in one statement of a constant table or a conditional', () => {
    const messages = lint(`${DB}const label = process.argv[2];
const STATEMENTS = { all: 'MATCH (n) RETURN n', some: \`MATCH (n:\${label}) RETURN n\` };
export const find = (all: boolean) => db.read(all ? 'RETURN 1' : STATEMENTS.some);\n`);
    expect(messages).toEqual([REFUSED]);
  });

  it('accepts the same query with a parameter, and statements built from constants', () => {
    expect(lint(`${DB}export const find = (id: string) => db.read('MATCH (n {id: $id}) RETURN n', { id });\n`)).toEqual(
      [],
    );
    const built = lint(`${DB}const FIELDS = 'n { .id, .name }';
const FIND = \`MATCH (n {id: $id}) RETURN \${FIELDS} AS node\`;
const BY_KIND = { org: \`\${FIND} LIMIT 1\`, all: FIND };
export const find = (id: string, org: boolean) => db.read(org ? BY_KIND.org : BY_KIND.all, { id });\n`);
    expect(built).toEqual([]);
  });

  it('leaves text written to a stream alone', () => {
    expect(lint(`export const say = (name: string) => process.stderr.write(\`hello \${name}\\n\`);\n`)).toEqual([]);
  });
});
