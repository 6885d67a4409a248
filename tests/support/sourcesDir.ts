import path from 'node:path';

/** The folder of source documents the seed transcribes (each with its `<name>.meta.yaml`), inside the repository. */
export const SOURCES_DIR = path.resolve(__dirname, '../../sources');

/** The path of one source document. */
export function sourcePath(document: string): string {
  return path.join(SOURCES_DIR, document);
}
