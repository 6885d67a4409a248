import type { Writable } from 'node:stream';
import type { OrganizationKind } from '../model/kinds';
import { seededRandom } from '../network/seededRandom';
import { drawOrganization, type GeneratedOrganization } from './entities';
import type { GeneratedGraph } from './generateGraph';
import { placeStub, slotsOf } from './generateGraph';
import { LineWriter } from './lineWriter';
import { medianOf, offsetPowerLawSequence, powerLawSequence } from './powerLaw';
import { Sampler } from './sampling';
import { ACRONYM_SYLLABLES } from './vocabulary';

/** How big a CORDIS-layout file to write, and how its participations are spread. */
export interface CordisShape {
  organizations: number;
  projects: number;
  /** Projects with a single participant (in H2020 mostly individual fellowships). */
  singleParticipantProjects: number;
  participations: number;
  /** The largest project's participants. */
  maxProjectSize: number;
  /** The organisation in most projects: in exactly this many. */
  maxOrganizationProjects: number;
}

/** Horizon 2020 as CORDIS publishes it (organization.csv and project.csv of the H2020 dataset). */
export const H2020_SHAPE: CordisShape = {
  organizations: 35_871,
  projects: 31_451,
  singleParticipantProjects: 19_050,
  participations: 144_726,
  maxProjectSize: 186,
  maxOrganizationProjects: 1_372,
};

/** organization.csv's columns, in CORDIS's order. */
export const CORDIS_ORGANIZATION_COLUMNS = [
  'projectID', 'projectAcronym', 'organisationID', 'vatNumber', 'name', 'shortName', 'SME', 'activityType', 'street',
  'postCode', 'city', 'country', 'nutsCode', 'geolocation', 'organizationURL', 'contactForm', 'contentUpdateDate',
  'rcn', 'order', 'role', 'ecContribution', 'netEcContribution', 'totalCost', 'endOfParticipation', 'active',
] as const; // prettier-ignore

/** project.csv's columns, in CORDIS's order. */
export const CORDIS_PROJECT_COLUMNS = [
  'id', 'acronym', 'status', 'title', 'startDate', 'endDate', 'totalCost', 'ecMaxContribution', 'legalBasis',
  'topics', 'ecSignatureDate', 'frameworkProgramme', 'masterCall', 'subCall', 'fundingScheme', 'nature', 'objective',
  'contentUpdateDate', 'rcn', 'grantDoi',
] as const; // prettier-ignore

/** Kinds as CORDIS's activity types (it has no type of its own for foundations). */
const ACTIVITY_TYPES: Record<OrganizationKind, string> = {
  COMPANY: 'PRC',
  UNIVERSITY: 'HES',
  RESEARCH_INSTITUTE: 'REC',
  GOVERNMENT_AGENCY: 'PUB',
  INDUSTRY_ACADEMIA_FOUNDATION: 'OTH',
  OTHER: 'OTH',
};
/** CORDIS writes Greece and the United Kingdom with their EU codes. */
const CORDIS_COUNTRY: Record<string, string> = { GR: 'EL', GB: 'UK' };
const LEGAL_BASES = ['H2020-EU.1.1.', 'H2020-EU.1.3.', 'H2020-EU.2.1.1.', 'H2020-EU.3.1.', 'H2020-EU.3.3.'];
const FIRST_PROJECT_ID = 630_000;
const FIRST_ORGANISATION_ID = 900_000_000;
const HUB_SHARE = 0.01;
const DAY_MS = 86_400_000;
const FIRST_START_DAY = Date.UTC(2014, 6, 1) / DAY_MS;

/** One CORDIS line: every field quoted, quotes doubled (as CORDIS writes them), absent columns empty. */
function cordisLine<C extends string>(columns: readonly C[], values: Partial<Record<C, string>>): string {
  return columns.map((column) => `"${(values[column] ?? '').replace(/"/g, '""')}"`).join(';');
}
const cordisHeader = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(';');
const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
const dayText = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const UPDATED = '2022-09-01 10:00:00';

/**
 * Project sizes, largest first: the multi-participant ones fall from `maxProjectSize` to 2 (offsetPowerLawSequence),
 * then the single-participant ones.
 */
function projectSizes(shape: CordisShape): Int32Array {
  const multi = shape.projects - shape.singleParticipantProjects;
  const sizes = new Int32Array(shape.projects).fill(1);
  sizes.set(
    offsetPowerLawSequence(multi, shape.participations - shape.singleParticipantProjects, 2, shape.maxProjectSize),
  );
  return sizes;
}

/**
 * Which organisation ranks take part in which project: organisation "stubs" (rank^-0.7 per organisation, the first
 * in exactly `maxOrganizationProjects`) paired with shuffled project slots, a configuration model; a pairing that
 * would repeat a participation is swapped with a later slot (placeStub). Answers the members of each project, by
 * organisation rank, in the order they were drawn.
 */
function drawParticipations(sampler: Sampler, shape: CordisShape, sizes: Int32Array): number[][] {
  const degrees = powerLawSequence(shape.organizations, shape.participations, 0.7, 1, shape.maxOrganizationProjects);
  const slots = sampler.shuffle(slotsOf(sizes, shape.participations));
  const members: number[][] = Array.from({ length: shape.projects }, () => []);
  let cursor = 0;
  for (let rank = 0; rank < shape.organizations; rank++) {
    const taken = new Set<number>();
    for (let stub = 0; stub < degrees[rank]! && cursor < slots.length; stub++, cursor++) {
      const project = placeStub(sampler, slots, cursor, taken);
      if (project === null) continue;
      taken.add(project);
      members[project]!.push(rank);
    }
  }
  return members;
}

/**
 * Writes a synthetic Horizon 2020 in CORDIS's own layout: `organization.csv` (one row per participation, grouped by
 * project, the first participant its coordinator) and `project.csv` (one row per project), both `;`-separated and
 * quoted as CORDIS publishes them, for `npm run import -- organization.csv --format cordis --projects project.csv`.
 * The distributions follow `shape` (by default H2020's: 1 to 186 participants per project, 19,050 of 31,451
 * projects with one, the largest organisation in 1,372). Deterministic: the same seed gives the same bytes.
 * Answers the graph it will import as, with the imported ids the benchmark asks about.
 */
export async function generateCordisLayout(
  seed: number,
  organizationsOut: Writable,
  projectsOut: Writable,
  shape: CordisShape = H2020_SHAPE,
): Promise<GeneratedGraph> {
  const sampler = new Sampler(seededRandom(seed));
  const sizes = projectSizes(shape);
  const members = drawParticipations(sampler, shape, sizes);
  const orgNumbers = sampler.shuffle(Int32Array.from({ length: shape.organizations }, (_, i) => i + 1));
  const hubRanks = Math.max(1, Math.floor(shape.organizations * HUB_SHARE));
  const organizations = Array.from({ length: shape.organizations }, (_, rank) =>
    drawOrganization(sampler, orgNumbers[rank]!, rank < hubRanks),
  );
  // Project index i (by size, largest first) gets the id FIRST_PROJECT_ID + idOf[i], shuffled so that size does
  // not follow the id; the files are written in id order, as CORDIS sorts them.
  const idOf = sampler.shuffle(Int32Array.from({ length: shape.projects }, (_, i) => i));
  const indexOfId = new Int32Array(shape.projects);
  idOf.forEach((id, index) => (indexOfId[id] = index));
  const orgs = new LineWriter(organizationsOut);
  const projects = new LineWriter(projectsOut);
  await orgs.line(cordisHeader(CORDIS_ORGANIZATION_COLUMNS));
  await projects.line(cordisHeader(CORDIS_PROJECT_COLUMNS));
  const degrees = new Int32Array(shape.organizations);
  const rcn = { next: 1 };
  for (const index of indexOfId) {
    const project = { id: String(FIRST_PROJECT_ID + idOf[index]!), acronym: projectAcronym(index), cents: 0 };
    const projectMembers = members[index]!;
    for (let position = 0; position < projectMembers.length; position++) {
      const rank = projectMembers[position]!;
      degrees[rank]! += 1;
      const cents = 5_000_000 + sampler.below(150_000_000);
      project.cents += cents;
      await orgs.line(participationLine(project, organizations[rank]!, orgNumbers[rank]!, position, cents, rcn));
    }
    await projects.line(projectLine(sampler, project, rcn));
  }
  await orgs.end();
  await projects.end();
  return summaryOf(members, degrees, orgNumbers, idOf);
}

interface ProjectDraw {
  id: string;
  acronym: string;
  cents: number;
}

/** One participation (organization.csv): the first participant of a project is its coordinator. */
function participationLine(
  project: ProjectDraw,
  organization: GeneratedOrganization,
  number: number,
  position: number,
  cents: number,
  rcn: { next: number },
): string {
  return cordisLine(CORDIS_ORGANIZATION_COLUMNS, {
    projectID: project.id,
    projectAcronym: project.acronym,
    organisationID: String(FIRST_ORGANISATION_ID + number),
    name: organization.name,
    shortName: organization.name.split(' ')[0]!.toUpperCase(),
    SME: String(organization.kind === 'COMPANY'),
    activityType: ACTIVITY_TYPES[organization.kind],
    country: CORDIS_COUNTRY[organization.country] ?? organization.country,
    contentUpdateDate: UPDATED,
    rcn: String(rcn.next++),
    order: String(position + 1),
    role: position === 0 ? 'coordinator' : 'participant',
    ecContribution: euros(cents),
    netEcContribution: euros(cents),
    totalCost: euros(Math.round(cents * 1.3)),
    endOfParticipation: 'false',
    active: 'true',
  });
}

/** One project (project.csv): its money is its participants' sum. */
function projectLine(sampler: Sampler, project: ProjectDraw, rcn: { next: number }): string {
  const start = FIRST_START_DAY + sampler.below(2200);
  return cordisLine(CORDIS_PROJECT_COLUMNS, {
    id: project.id,
    acronym: project.acronym,
    status: 'CLOSED',
    title: `Synthetic project ${project.acronym}`,
    startDate: dayText(start),
    endDate: dayText(start + 730 + sampler.below(1096)),
    totalCost: euros(Math.round(project.cents * 1.3)),
    ecMaxContribution: euros(project.cents),
    legalBasis: sampler.pick(LEGAL_BASES),
    frameworkProgramme: 'H2020',
    contentUpdateDate: UPDATED,
    rcn: String(rcn.next++),
  });
}

/** A project's acronym follows from its index alone (unique: the index is in it). */
function projectAcronym(index: number): string {
  const first = ACRONYM_SYLLABLES[(index * 7) % ACRONYM_SYLLABLES.length]!;
  const second = ACRONYM_SYLLABLES[(index * 11 + 3) % ACRONYM_SYLLABLES.length]!;
  return `${first}${second}${index}`.toUpperCase();
}

function summaryOf(members: number[][], degrees: Int32Array, orgNumbers: Int32Array, idOf: Int32Array): GeneratedGraph {
  const byDegree = Array.from(degrees.keys()).sort((a, b) => degrees[b]! - degrees[a]! || a - b);
  const bySize = Array.from(members.keys()).sort((a, b) => members[b]!.length - members[a]!.length || a - b);
  const organizationId = (rank: number) => `cordis-org-${FIRST_ORGANISATION_ID + orgNumbers[rank]!}`;
  return {
    organizations: degrees.filter((degree) => degree > 0).length,
    consortia: members.filter((projectMembers) => projectMembers.length > 0).length,
    memberships: degrees.reduce((sum, degree) => sum + degree, 0),
    affiliations: 0,
    maxOrganizationDegree: degrees[byDegree[0]!]!,
    medianOrganizationDegree: medianOf(degrees),
    largestConsortiumSize: members[bySize[0]!]!.length,
    hubIds: byDegree.slice(0, 3).map(organizationId),
    typicalOrganizationId: organizationId(byDegree[byDegree.length >> 1]!),
    // The ids the import gives them (`--format cordis`: cordis-<projectID>).
    largestConsortiumIds: bySize.slice(0, 20).map((index) => `cordis-${FIRST_PROJECT_ID + idOf[index]!}`),
  };
}
