import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { exportNetwork } from '../network/exportNetwork';
import { EXPORT_FORMATS, parseExportFormat } from '../network/formats';
import { networkLimitsOf } from '../network/networkLimits';
import { NetworkOptionsError, parseNetworkOptions } from '../network/networkOptions';
import { openConfiguredDatabase } from './openDatabase';
import { runCli } from './runCli';

const USAGE = `usage: npm run export -- --format <${EXPORT_FORMATS.join('|')}> --out <file|->
       [--projection BIPARTITE|CO_MEMBERSHIP] [--consortia a,b] [--kinds COMPANY,UNIVERSITY]
       [--min-weight 2] [--include-affiliations | --include-affiliates] [--active-only]
       [--as-of YYYY-MM-DD] [--label-language EN|KO|JA]
       [--measures all|degree|none]   (degree and none stream with flat memory; all is refused above
                                       MAX_MEASURED_NETWORK_NODES nodes)`;

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
        sources: { type: 'string' },
        'min-weight': { type: 'string' },
        'include-affiliations': { type: 'boolean', default: false },
        'include-affiliates': { type: 'boolean', default: false },
        'active-only': { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        'label-language': { type: 'string' },
        measures: { type: 'string' },
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
    sources: args.sources,
    minWeight: args['min-weight'],
    includeAffiliations: String(args['include-affiliations']),
    includeAffiliates: String(args['include-affiliates']),
    activeOnly: String(args['active-only']),
    asOf: args['as-of'],
    labelLanguage: args['label-language'],
    measures: args.measures,
  });

  // Progress goes to stderr: with --out -, stdout carries the file itself.
  const config = loadConfig();
  const { db, close } = await openConfiguredDatabase(config, (line) => console.error(line));
  try {
    // The file is created only once the export is sure to start: a refused network leaves no empty file behind.
    let file: fs.WriteStream | undefined;
    const summary = await exportNetwork(db, options, networkLimitsOf(config), format, {
      begin: () => (args.out === '-' ? process.stdout : (file = fs.createWriteStream(args.out!))),
    });
    if (file) {
      const opened = file;
      await new Promise<void>((resolve, reject) => opened.end(resolve).on('error', reject));
    }
    const shown = args.out === '-' ? 'standard output' : path.resolve(args.out);
    console.error(`Exported ${summary.nodes} nodes and ${summary.edges} edges (${format}) to ${shown}.`);
  } finally {
    await close();
  }
}

runCli(main, [UsageError, NetworkOptionsError]);
