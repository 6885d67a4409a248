import { UnreachableCaseError } from '../errors';
import type { OrganizationKind } from '../model/kinds';
import {
  checkCountry,
  checkDay,
  checkId,
  checkKind,
  checkName,
  checkPeriod,
  checkRole,
  checkText,
  FieldError,
} from '../edits/validation';
import { NO_PARTICIPATION_FUNDING, NO_PROJECT_FUNDING, type ImportRow, type Rejection } from '../edits/importRows';
import type { ProjectFunding } from '../model/models';
import { ImportError, type ImportFormat, type RawRecord } from './importTypes';
import { readCsvRecords, readJsonRecords, type ReadPosition } from './recordReaders';

/** The generic format's columns (JSON uses the same names camelCased). */
export const GENERIC_COLUMNS = [
  'organization_id',
  'organization_name',
  'kind',
  'country',
  'consortium_id',
  'consortium_name',
  'role',
  'category',
  'since',
  'until',
] as const;

/** CORDIS activity types → organisation kinds. An empty activity type is OTHER. */
const CORDIS_KINDS: Record<string, OrganizationKind> = {
  PRC: 'COMPANY',
  HES: 'UNIVERSITY',
  REC: 'RESEARCH_INSTITUTE',
  PUB: 'GOVERNMENT_AGENCY',
  OTH: 'OTHER',
  '': 'OTHER',
};

/** CORDIS writes Greece and the United Kingdom as EU codes; ISO 3166-1 says GR and GB. */
const CORDIS_COUNTRIES: Record<string, string> = { EL: 'GR', UK: 'GB' };

const CORDIS_REQUIRED = ['projectID', 'projectAcronym', 'organisationID', 'name', 'activityType', 'country', 'role'];

export interface CordisProject {
  acronym: string | null;
  startDate: string | null;
  endDate: string | null;
  funding: ProjectFunding;
}

export type RowOrRejection = { row: ImportRow } | { rejection: Rejection };

const text = (value: string | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};
const optional = <T>(value: string | undefined, check: (value: string) => T): T | null => {
  const present = text(value);
  return present === null ? null : check(present);
};
/** A CORDIS date that is not a clean day is left out rather than failing the row. */
const looseDay = (value: string | undefined): string | null => {
  try {
    return optional(value?.slice(0, 10), (day) => checkDay('date', day));
  } catch {
    return null;
  }
};

/** A CORDIS name that is not a valid one (control characters, too long) is left out rather than failing the row. */
const looseName = (value: string | undefined): string | null => {
  try {
    return optional(value, (name) => checkName('name', name));
  } catch {
    return null;
  }
};

/**
 * A CORDIS amount in euros: CORDIS writes a decimal comma (`100000,5`), older files a point. One that is not a
 * plain non-negative number is left out rather than failing the row, as a loose date is.
 */
export function looseAmount(value: string | undefined): number | null {
  const present = text(value);
  if (present === null || !/^\d+([.,]\d+)?$/.test(present)) return null;
  const amount = Number(present.replace(',', '.'));
  return Number.isFinite(amount) ? amount : null;
}

/** A CORDIS title: its runs of white space (titles may hold line breaks) made one space; left out if invalid. */
const looseTitle = (value: string | undefined): string | null => looseName(value?.replace(/\s+/g, ' '));

/** A generic CSV or JSON record → a validated row (throws FieldError naming the bad value). */
export function genericRow(record: RawRecord): ImportRow {
  const f = record.fields;
  const orgId = optional(f.organization_id, (id) => checkId('organization_id', id));
  const orgName = optional(f.organization_name, (name) => checkName('organization_name', name));
  if (orgId === null && orgName === null) {
    throw new FieldError('organization_id', 'organization_id or organization_name is required');
  }
  const consortiumId = optional(f.consortium_id, (id) => checkId('consortium_id', id));
  const consortiumName = optional(f.consortium_name, (name) => checkName('consortium_name', name));
  if (consortiumId === null && consortiumName === null) {
    throw new FieldError('consortium_id', 'consortium_id or consortium_name is required');
  }
  const since = optional(f.since, (day) => checkDay('since', day));
  const until = optional(f.until, (day) => checkDay('until', day));
  checkPeriod(since, until);
  return {
    location: record.location,
    organization: {
      id: orgId,
      name: orgName,
      kind: optional(f.kind, (kind) => checkKind('kind', kind)),
      country: optional(f.country, (country) => checkCountry('country', country)),
      aliases: [],
    },
    consortium: { id: consortiumId, name: consortiumName, startDate: null, endDate: null, funding: NO_PROJECT_FUNDING },
    role: optional(f.role, (role) => checkRole('role', role)),
    category: checkText('category', f.category, 'category'),
    since,
    until,
    funding: NO_PARTICIPATION_FUNDING,
  };
}

/** A CORDIS organization.csv participation → a validated row. */
export function cordisRow(record: RawRecord, projects: Map<string, CordisProject>): ImportRow {
  const f = record.fields;
  const projectId = checkId('projectID', f.projectID ?? '');
  const orgId = checkId('organisationID', f.organisationID ?? '');
  const activity = (f.activityType ?? '').trim().toUpperCase();
  const kind = CORDIS_KINDS[activity];
  if (kind === undefined) {
    throw new FieldError('activityType', `activityType "${f.activityType}" is not one of PRC, HES, REC, PUB, OTH`);
  }
  const rawCountry = text(f.country)?.toUpperCase() ?? null;
  const country = rawCountry === null ? null : checkCountry('country', CORDIS_COUNTRIES[rawCountry] ?? rawCountry);
  const project = projects.get(projectId);
  const shortName = optional(f.shortName, (name) => checkName('shortName', name));
  const name = checkName('name', f.name ?? '');
  return {
    location: record.location,
    organization: {
      id: `cordis-org-${orgId}`,
      name,
      kind,
      country,
      aliases: shortName !== null && shortName !== name ? [shortName] : [],
    },
    consortium: {
      id: `cordis-${projectId}`,
      name:
        project?.acronym ?? optional(f.projectAcronym, (acronym) => checkName('projectAcronym', acronym)) ?? projectId,
      startDate: project?.startDate ?? null,
      endDate: project?.endDate ?? null,
      funding: project?.funding ?? NO_PROJECT_FUNDING,
    },
    role: text(f.role)?.toLowerCase() === 'coordinator' ? 'LEAD' : 'MEMBER',
    category: null,
    since: null,
    until: null,
    funding: {
      ecContribution: looseAmount(f.ecContribution),
      netEcContribution: looseAmount(f.netEcContribution),
      totalCost: looseAmount(f.totalCost),
    },
  };
}

/**
 * Reads project.csv into id → acronym, dates, title, programme and money (a few fields per project: about 10 MB
 * for all of H2020's 35,000 projects).
 */
export async function readCordisProjects(file: string): Promise<Map<string, CordisProject>> {
  const projects = new Map<string, CordisProject>();
  const position = { bytesRead: 0 };
  const checkHeader = (columns: string[]) => requireColumns(file, columns, ['id', 'acronym', 'startDate', 'endDate']);
  for await (const items of readCsvRecords(file, CORDIS_CSV, position, checkHeader)) {
    for (const item of items) {
      if (!('record' in item)) continue;
      const f = item.record.fields;
      const id = text(f.id);
      if (id === null) continue;
      // A project's acronym names its consortium; one that is not a valid name is left out (the id names it).
      projects.set(id, {
        acronym: looseName(f.acronym),
        startDate: looseDay(f.startDate),
        endDate: looseDay(f.endDate),
        funding: {
          title: looseTitle(f.title),
          frameworkProgramme: looseName(f.frameworkProgramme),
          programmePart: looseName(f.legalBasis),
          totalCost: looseAmount(f.totalCost),
          ecMaxContribution: looseAmount(f.ecMaxContribution),
        },
      });
    }
  }
  return projects;
}

const CORDIS_CSV = { delimiter: ';', quote: '"', relax_quotes: true } as const;

/**
 * The rows of a file of any format, validated, in runs as the reader produces them: each bad row becomes a
 * rejection (`line 7: kind "startup" is not one of ...`) in its place and the rest continue.
 */
export async function* readImportRows(
  format: ImportFormat,
  file: string,
  projects: Map<string, CordisProject>,
  position: ReadPosition,
): AsyncGenerator<RowOrRejection[]> {
  const validate = format === 'cordis' ? (record: RawRecord) => cordisRow(record, projects) : genericRow;
  for await (const items of readRecords(format, file, position)) {
    yield items.map((item): RowOrRejection => {
      if ('rejection' in item) return item;
      try {
        return { row: validate(item.record) };
      } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        return { rejection: { location: item.record.location, reason: error.message } };
      }
    });
  }
}

function readRecords(format: ImportFormat, file: string, position: ReadPosition) {
  switch (format) {
    case 'generic-csv':
      return readCsvRecords(file, {}, position, (columns) => checkGenericColumns(file, columns));
    case 'json':
      return readJsonRecords(file, position);
    case 'cordis':
      return readCsvRecords(file, CORDIS_CSV, position, (columns) => requireColumns(file, columns, CORDIS_REQUIRED));
    default:
      throw new UnreachableCaseError(format);
  }
}

function checkGenericColumns(file: string, columns: string[]): void {
  const unknown = columns.filter((column) => !(GENERIC_COLUMNS as readonly string[]).includes(column));
  if (unknown.length > 0) {
    throw new ImportError(
      `${file}: unknown column(s) ${unknown.join(', ')}; the columns are ${GENERIC_COLUMNS.join(', ')}`,
    );
  }
  if (!columns.includes('organization_id') && !columns.includes('organization_name')) {
    throw new ImportError(`${file}: needs an organization_id or organization_name column`);
  }
  if (!columns.includes('consortium_id') && !columns.includes('consortium_name')) {
    throw new ImportError(`${file}: needs a consortium_id or consortium_name column`);
  }
}

function requireColumns(file: string, columns: string[], required: string[]): void {
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length > 0) throw new ImportError(`${file}: missing column(s) ${missing.join(', ')}`);
}
