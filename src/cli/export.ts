import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { DatabaseAuthError, DatabaseUnavailableError } from '../errors';
import { LocalNeo4jError } from '../localdb/localNeo4j';
import { buildNetwork } from '../network/buildNetwork';
import { EXPORT_FORMATS, parseExportFormat, pipeNetwork } from '../network/formats';
import { NetworkOptionsError, parseNetworkOptions } from '../network/networkOptions';
import { openConfiguredDatabase } from './openDatabase';
import { runCli } from './runCli';

const USAGE = `usage: npm run export -- --format <${EXPORT_FORMATS.join('|')}> --out <file|->
       [--projection BIPARTITE|CO_MEMBERSHIP] [--consortia a,b] [--kinds COMPANY,UNIVERSITY]
       [--min-weight 2] [--include-affiliations] [--as-of YYYY-MM-DD] [--label-language EN|KO|JA]`;

/** A command line that cannot run; the message ends with the usage. */
class UsageError extends Error {
  constructor(problem: string) {
    super(`${problem}\n${USAGE}`);
    this.name = 'UsageError';
  }
}

function readArguments() {
  try {
    return parseArgs({
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        projection: { type: 'string' },
        consortia: { type: 'string' },
        kinds: { type: 'string' },
        'min-weight': { type: 'string' },
        'include-affiliations': { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        'label-language': { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function main(): Promise<void> {
  const args = readArguments();
  const format = parseExportFormat(args.format ?? '');
  if (!format)
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got ${args.format ?? 'nothing'}`);
  if (!args.out) throw new UsageError('--out is required (a file, or - for standard output)');
  const options = parseNetworkOptions({
    projection: args.projection,
    consortia: args.consortia,
    kinds: args.kinds,
    minWeight: args['min-weight'],
    includeAffiliations: String(args['include-affiliations']),
    asOf: args['as-of'],
    labelLanguage: args['label-language'],
  });

  // Progress goes to stderr: with --out -, stdout carries the file itself.
  const { db, close } = await openConfiguredDatabase(loadConfig(), (line) => console.error(line));
  try {
    const network = await buildNetwork(db, options);
    const target = args.out === '-' ? process.stdout : fs.createWriteStream(args.out);
    await pipeNetwork(format, network, target);
    if (target !== process.stdout)
      await new Promise<void>((resolve, reject) => target.end(resolve).on('error', reject));
    const shown = args.out === '-' ? 'standard output' : path.resolve(args.out);
    console.error(`Exported ${network.nodes.length} nodes and ${network.edges.length} edges (${format}) to ${shown}.`);
  } finally {
    await close();
  }
}

runCli(main, [UsageError, NetworkOptionsError, LocalNeo4jError, DatabaseUnavailableError, DatabaseAuthError]);
