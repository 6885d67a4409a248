import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { exportNetwork } from '../network/exportNetwork';
import { EXPORT_FORMATS, parseExportFormat } from '../network/formats';
import { networkLimitsOf } from '../network/networkLimits';
import { NetworkOptionsError, parseNetworkOptions, type NetworkOptions } from '../network/networkOptions';
import { UsageError, type CommandLine } from './commandLine';
import { EXPORT_COMMAND } from './commands';
import { openConfiguredDatabase } from './openDatabase';
import { runCli } from './runCli';

/**
 * The network options of the command line, checked by the same rules as the HTTP export's parameters; a refusal
 * names the option as typed here (`--min-weight`), not as the URL spells it (`minWeight`).
 */
function networkOptionsOf({ values }: CommandLine<typeof EXPORT_COMMAND.options>): NetworkOptions {
  try {
    return parseNetworkOptions({
      projection: values.projection,
      consortia: values.consortia,
      kinds: values.kinds,
      sources: values.sources,
      minWeight: values['min-weight'],
      includeAffiliations: String(values['include-affiliations'] ?? false),
      includeAffiliates: String(values['include-affiliates'] ?? false),
      activeOnly: String(values['active-only'] ?? false),
      asOf: values['as-of'],
      labelLanguage: values['label-language'],
      measures: values.measures,
    });
  } catch (error) {
    if (!(error instanceof NetworkOptionsError)) throw error;
    throw new UsageError(error.message.replace(/\b[a-z]+[A-Z]\w*|^[a-z]+\b/g, optionNameOf));
  }
}

/** `minWeight` → `--min-weight`, for the parameter names that are options here. */
function optionNameOf(parameter: string): string {
  const option = parameter.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return Object.hasOwn(EXPORT_COMMAND.options, option) ? `--${option}` : parameter;
}

runCli(
  EXPORT_COMMAND,
  async (commandLine) => {
    const { out, format: formatName } = commandLine.values;
    const format = parseExportFormat(formatName);
    if (!format) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got ${formatName}`);
    const options = networkOptionsOf(commandLine);

    // Progress goes to stderr: with --out -, stdout carries the file itself.
    const config = loadConfig();
    const { db, close } = await openConfiguredDatabase(config, (line) => console.error(line));
    try {
      // The file is created only once the export is sure to start: a refused network leaves no empty file behind.
      let file: fs.WriteStream | undefined;
      const summary = await exportNetwork(db, options, networkLimitsOf(config), format, {
        begin: () => (out === '-' ? process.stdout : (file = fs.createWriteStream(out))),
      });
      if (file) {
        const opened = file;
        await new Promise<void>((resolve, reject) => opened.end(resolve).on('error', reject));
      }
      const shown = out === '-' ? 'standard output' : path.resolve(out);
      console.error(`Exported ${summary.nodes} nodes and ${summary.edges} edges (${format}) to ${shown}.`);
    } finally {
      await close();
    }
  },
  [NetworkOptionsError],
);
