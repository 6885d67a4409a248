/**
 * The README's answers table, rendered from the tests' independent computation (tests/support/seedFacts.ts), never
 * typed by hand: `npm run docs:answers` writes it between the markers, and tests/unit/readmeAnswers.test.ts fails
 * when the README differs. The integration tests check the API against the same computation on the same days.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expectedMultiConsortium, expectedStandingKnowledge, lastSeedDay, seedOrganizationNames } from './seedFacts';

export const README = path.resolve(__dirname, '../../README.md');
export const START = '<!-- answers:start -->';
export const END = '<!-- answers:end -->';

/** The days of the table; the last one's answer holds on every later day (nothing in the seed changes after it). */
export const ANSWER_DAYS = [
  { day: '2025-08-05', label: '5 Aug 2025' },
  { day: '2026-03-01', label: '1 Mar 2026' },
  { day: '2026-09-01', label: 'from 1 Sep 2026 (today)' },
] as const;

/** The columns: as worded or rolled up, over all teams or the teams in the program. */
export const ANSWER_COLUMNS = [
  { title: '(a) all teams', activeOnly: false, rollUp: false },
  { title: '(b) all teams', activeOnly: false, rollUp: true },
  { title: '(a) in the program', activeOnly: true, rollUp: false },
  { title: '(b) in the program', activeOnly: true, rollUp: true },
] as const;

/** How the table names an organisation: the short form a reader knows, else its English name. */
const SHORT_NAMES: Record<string, string> = {
  kaist: 'KAIST',
  snu: 'SNU',
  'snu-iacf': 'SNU foundation',
  'hanyang-university-iacf': 'Hanyang foundation',
  'hanyang-university': 'Hanyang',
  'korea-university': 'Korea University',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayLabel = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[month! - 1]} ${year}`;
};

/** One cell: organisations by number of consortia, then English name, as the API orders them. */
function cell(day: string, column: (typeof ANSWER_COLUMNS)[number]): string {
  const answer = expectedMultiConsortium({ day, activeOnly: column.activeOnly, rollUp: column.rollUp });
  const name = (id: string) => seedOrganizationNames.get(id) ?? id;
  const text = [...answer]
    .sort(([a, x], [b, y]) => y.length - x.length || name(a).localeCompare(name(b)) || a.localeCompare(b))
    .map(([id, consortia]) => `${SHORT_NAMES[id] ?? name(id)} ${consortia.length}`)
    .join(', ');
  const knowledge = expectedStandingKnowledge(day);
  return column.activeOnly && !knowledge.complete ? `${text} (as of ${dayLabel(knowledge.knownAsOf)}¹)` : text;
}

/** The footnote of a day whose "in the program" answer is incomplete. */
function footnote(day: string): string | null {
  const knowledge = expectedStandingKnowledge(day);
  if (knowledge.complete) return null;
  const stages = knowledge.unresolved.map((stage) => `the ${stage.name.toLowerCase()} (${stage.period ?? 'no day'})`);
  return (
    `¹ No source reports the result of ${stages.join(', ')}: "in the program" counts the teams known to be in as ` +
    `of ${dayLabel(knowledge.knownAsOf)}, the last reported stage; their standing today is UNKNOWN ` +
    '(`standingKnowledge` says so beside any `activeOnly` answer).'
  );
}

/** Rows of cells as a markdown table with padded columns, the way prettier lays out the README's tables. */
function alignedTable(rows: string[][]): string[] {
  const width = (text: string) => [...text].length;
  const widths = rows[0]!.map((_, column) => Math.max(3, ...rows.map((row) => width(row[column]!))));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell + ' '.repeat(widths[i]! - width(cell))).join(' | ')} |`;
  return [line(rows[0]!), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)];
}

/** The README block (markers included): the table and its footnote. */
export function answersBlock(): string {
  if (lastSeedDay > ANSWER_DAYS.at(-1)!.day) {
    throw new Error(`the seed changes on ${lastSeedDay}, after the table's last day: add a row for it`);
  }
  const header = ['day', ...ANSWER_COLUMNS.map((column) => column.title)];
  const rows = ANSWER_DAYS.map(({ day, label }) => [label, ...ANSWER_COLUMNS.map((column) => cell(day, column))]);
  const notes = [...new Set(ANSWER_DAYS.map(({ day }) => footnote(day)).filter((note): note is string => !!note))];
  return [START, '', ...alignedTable([header, ...rows]), '', ...notes.flatMap((note) => [note, '']), END].join('\n');
}

/** The block as the README has it now, or null without markers. */
export function readmeBlock(readme: string = fs.readFileSync(README, 'utf8')): string | null {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start < 0 || end < start ? null : readme.slice(start, end + END.length);
}
