import fs from 'node:fs';
import { generateGraph, type GenerateOptions } from '../generate/generateGraph';
import { isScaleName, SCALES } from '../generate/scales';
import { UsageError, wholeNumberOption, type CommandLine } from './commandLine';
import { GENERATE_COMMAND } from './commands';
import { runCli } from './runCli';

interface GenerateArgs extends GenerateOptions {
  out: string | null;
  affiliations: string | null;
}

function generateArgsOf({ values }: CommandLine<typeof GENERATE_COMMAND.options>): GenerateArgs {
  const explicit = values.organizations !== undefined || values.memberships !== undefined;
  if (explicit === (values.scale !== undefined)) {
    throw new UsageError('give either --scale or both --organizations and --memberships');
  }
  const size =
    values.scale !== undefined && isScaleName(values.scale)
      ? SCALES[values.scale]
      : {
          organizations: wholeNumberOption('organizations', values.organizations ?? '', { min: 1 }),
          memberships: wholeNumberOption('memberships', values.memberships ?? '', { min: 1 }),
        };
  if (size.memberships < size.organizations) {
    throw new UsageError('--memberships must be at least --organizations (every organisation has one)');
  }
  return {
    ...size,
    seed: wholeNumberOption('seed', values.seed),
    out: values.out ?? null,
    affiliations: values.affiliations ?? null,
  };
}

runCli(GENERATE_COMMAND, async (commandLine) => {
  const args = generateArgsOf(commandLine);
  const memberships = args.out === null ? process.stdout : fs.createWriteStream(args.out);
  const affiliations = args.affiliations === null ? undefined : fs.createWriteStream(args.affiliations);
  const graph = await generateGraph(args, memberships, affiliations);
  const summary =
    `generated ${graph.organizations} organisations, ${graph.consortia} consortia, ${graph.memberships} memberships` +
    `, ${graph.affiliations} PART_OF links (max ${graph.maxOrganizationDegree} consortia per organisation, median ` +
    `${graph.medianOrganizationDegree}; largest consortium ${graph.largestConsortiumSize})`;
  console.error(summary);
});
