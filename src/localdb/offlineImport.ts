import fs from 'node:fs';
import path from 'node:path';

/** The database the launcher serves (Neo4j's default). */
const DATABASE = 'neo4j';

/** Where the local Neo4j of `dataDir` keeps the store of its database (the launcher's home is `dataDir`). */
export function localStoreDirs(dataDir: string): string[] {
  const data = path.join(path.resolve(dataDir), 'data');
  return [path.join(data, 'databases', DATABASE), path.join(data, 'transactions', DATABASE)];
}

/** Has the local Neo4j of `dataDir` ever created its database? (False for a new data folder.) */
export function localStoreExists(dataDir: string): boolean {
  return fs.existsSync(localStoreDirs(dataDir)[0]!);
}

/** Deletes the store of the local database (its Neo4j must be stopped); Neo4j creates an empty one at start. */
export function removeLocalStore(dataDir: string): void {
  for (const dir of localStoreDirs(dataDir)) fs.rmSync(dir, { recursive: true, force: true });
}

export interface OfflineImportRequest {
  nodes: Array<{ label: string; file: string }>;
  relationships: Array<{ type: string; file: string }>;
  multilineFiles: string[];
  arrayDelimiter: string;
  /** A folder of this load's own (the importer's configuration and report go there). */
  workDir: string;
  /** Replace a store that exists (the caller has checked that it holds nothing). */
  overwrite: boolean;
}

const unicode = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Hands an import to a launcher started with `--import-when-ready <requestFile>` (see LocalNeo4j.java): it runs
 * Neo4j's offline importer (`neo4j-admin database import full`, org.neo4j:neo4j-import-tool, on the launcher's
 * classpath) in its own JVM before it opens the database, writing the store files directly, without
 * transactions. Node ids are the files' own (`--id-type=actual`). The file appears whole (written, then renamed).
 */
export function requestOfflineImport(requestFile: string, request: OfflineImportRequest): void {
  const conf = path.join(request.workDir, 'conf');
  fs.mkdirSync(conf, { recursive: true });
  fs.writeFileSync(path.join(conf, 'neo4j.conf'), '');
  const args = [
    'database',
    'import',
    'full',
    DATABASE,
    '--id-type=actual',
    `--array-delimiter=${unicode(request.arrayDelimiter)}`,
    `--report-file=${path.join(request.workDir, 'import.report')}`,
    `--overwrite-destination=${request.overwrite}`,
    ...request.nodes.map(({ label, file }) => `--nodes=${label}=${file}`),
    ...request.relationships.map(({ type, file }) => `--relationships=${type}=${file}`),
    ...(request.multilineFiles.length > 0
      ? [`--multiline-fields=${request.multilineFiles.join(',')}`, '--multiline-fields-format=v2']
      : []),
  ];
  const partial = `${requestFile}.partial`;
  fs.writeFileSync(partial, [conf, ...args].join('\n'));
  fs.renameSync(partial, requestFile);
}
