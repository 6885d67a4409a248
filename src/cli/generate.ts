import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { generateGraph, type GenerateOptions } from '../generate/generateGraph';
import { isScaleName, SCALES } from '../generate/scales';
import { runCli } from './runCli';

const USAGE = `usage: npm run generate -- --scale S|M|L [--seed 42] [--out file.csv] [--affiliations parts.csv]
       npm run generate -- --organizations N --memberships N [--seed 42] [--out file.csv]
Writes a synthetic CORDIS-like graph as generic CSV (stdout without --out); import it with
npm run import -- file.csv --format generic-csv.`;

/** A wrong argument, printed with the usage. */
class GenerateArgsError extends Error {
  constructor(problem: string) {
    super(`${problem}\n${USAGE}`);
    this.name = 'GenerateArgsError';
  }
}

interface GenerateArgs extends GenerateOptions {
  out: string | null;
  affiliations: string | null;
}

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new GenerateArgsError(`--${name} must be a positive integer`);
  return value;
}

function parseGenerateArgs(argv: string[]): GenerateArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      organizations: { type: 'string' },
      memberships: { type: 'string' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string' },
      affiliations: { type: 'string' },
    },
  });
  const explicit = values.organizations !== undefined || values.memberships !== undefined;
  if (explicit === (values.scale !== undefined)) {
    throw new GenerateArgsError('give either --scale or both --organizations and --memberships');
  }
  if (values.scale !== undefined && !isScaleName(values.scale))
    throw new GenerateArgsError('--scale must be S, M or L');
  const size = isScaleName(values.scale ?? '')
    ? SCALES[values.scale as keyof typeof SCALES]
    : {
        organizations: positiveInteger('organizations', values.organizations ?? ''),
        memberships: positiveInteger('memberships', values.memberships ?? ''),
      };
  if (size.memberships < size.organizations) {
    throw new GenerateArgsError('--memberships must be at least --organizations (every organisation has one)');
  }
  return {
    ...size,
    seed: Number.isSafeInteger(Number(values.seed)) ? Number(values.seed) : positiveInteger('seed', ''),
    out: values.out ?? null,
    affiliations: values.affiliations ?? null,
  };
}

runCli(async () => {
  const args = parseGenerateArgs(process.argv.slice(2));
  const memberships = args.out === null ? process.stdout : fs.createWriteStream(args.out);
  const affiliations = args.affiliations === null ? undefined : fs.createWriteStream(args.affiliations);
  const graph = await generateGraph(args, memberships, affiliations);
  const summary =
    `generated ${graph.organizations} organisations, ${graph.consortia} consortia, ${graph.memberships} memberships` +
    `, ${graph.affiliations} PART_OF links (max ${graph.maxOrganizationDegree} consortia per organisation, median ` +
    `${graph.medianOrganizationDegree}; largest consortium ${graph.largestConsortiumSize})`;
  console.error(summary);
}, [GenerateArgsError]);
