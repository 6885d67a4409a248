import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder of source documents the seed transcribes: `SOURCES_DIR`, or `shared/sources` beside
 * the repository (where the project's machines and CI keep it).
 */
export function sourcesDir(): string {
  const fromEnv = process.env.SOURCES_DIR;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  const beside = path.resolve(__dirname, '../../../shared/sources');
  if (fs.existsSync(beside)) return beside;
  throw new Error(`The source documents are not in ${beside}; set SOURCES_DIR to the folder that holds them.`);
}
