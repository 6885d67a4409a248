import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { entitiesFileSchema, sourceFileSchema, type EntitiesFile, type SourceFile } from './seedSchema';

/** A seed that cannot be loaded; `problems` name the file, the entry and the reason, one per line. */
export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The seed data has ${problems.length} problem(s); nothing was written:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'SeedError';
  }
}

export const ENTITIES_FILE = 'entities.yaml';
export const DEFAULT_SEEDS_DIR = path.resolve(__dirname, '../../seeds');

export interface SeedFiles {
  entities: EntitiesFile;
  /** The per-source files, keyed by file name. */
  sources: Map<string, SourceFile>;
}

/** Describes the entry a zod issue points at, e.g. `consortia[2] (id "upstage").members[0].org`. */
function describeIssue(file: string, data: unknown, issue: z.core.$ZodIssue): string {
  let entry: unknown = data;
  let where = '';
  for (const part of issue.path) {
    entry = (entry as Record<PropertyKey, unknown> | undefined)?.[part as string];
    if (typeof part === 'number') {
      const entryId = (entry as { id?: unknown } | undefined)?.id;
      where += typeof entryId === 'string' ? `[${part}] (id "${entryId}")` : `[${part}]`;
    } else {
      where += `${where ? '.' : ''}${String(part)}`;
    }
  }
  return `${file}: ${where || '(top level)'}: ${issue.message}`;
}

function parseFile<T>(dir: string, file: string, schema: z.ZodType<T>, problems: string[]): T | undefined {
  let data: unknown;
  try {
    data = parseYaml(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    problems.push(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    problems.push(...result.error.issues.map((issue) => describeIssue(file, data, issue)));
    return undefined;
  }
  return result.data;
}

/** Reads and validates every seed file of `dir`; throws a SeedError listing all problems. */
export function readSeedFiles(dir: string = DEFAULT_SEEDS_DIR): SeedFiles {
  const problems: string[] = [];
  if (!fs.existsSync(path.join(dir, ENTITIES_FILE))) {
    throw new SeedError([`${dir}: no ${ENTITIES_FILE} (the organisations and consortia every seed file refers to)`]);
  }
  const entities = parseFile(dir, ENTITIES_FILE, entitiesFileSchema, problems);
  const sources = new Map<string, SourceFile>();
  const files = fs
    .readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file) && file !== ENTITIES_FILE)
    .sort();
  for (const file of files) {
    const parsed = parseFile(dir, file, sourceFileSchema, problems);
    if (parsed) sources.set(file, parsed);
  }
  if (problems.length > 0 || !entities) throw new SeedError(problems);
  return { entities, sources };
}
