import fs from 'node:fs';
import path from 'node:path';

export const SCHEMA_DIR = path.resolve(__dirname, '../../schema');

/** The SDL of schema/*.graphql, the single source of truth for the API (and for codegen). */
export function loadTypeDefs(dir: string = SCHEMA_DIR): string {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => fs.readFileSync(path.join(dir, file), 'utf8'))
    .join('\n');
}
