import { z } from 'zod';
import {
  FACT_KINDS,
  MEMBERSHIP_ROLES,
  ORGANIZATION_KINDS,
  STAGE_STATUSES,
  STANDING_STATUSES,
  STRATEGIES,
} from '../model/kinds';

/**
 * The shape of the hand-edited seed files under seeds/. `entities.yaml` names every organisation and
 * consortium once (resolving the spellings of the sources); each other file transcribes one source
 * document, and every fact in it cites at least one Source by id and, where it paraphrases,
 * quotes the words of the document it comes from.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase slug such as "kaist" or "sk-telecom"');
const isoDate = z.iso.date('must be a date written YYYY-MM-DD');
const sources = z.array(id).min(1, 'every fact must cite at least one source');
const text = z.string().trim().min(1, 'must not be empty');
/** Words copied from the source document; a test checks they occur in it. */
const quote = text.optional();

/**
 * How a relationship is known: `quote`, the words of a cited document that state it, or `inferred`, our reasoning
 * from what the cited sources state (with `quote`, if given, the words it rests on). The loader refuses a
 * relationship with neither, so nothing inferred reads as stated and nothing stated lacks its words.
 */
const provenance = { quote, inferred: text.optional() };
const saysHowKnown = {
  check: (value: { quote?: unknown; inferred?: unknown }) => value.quote !== undefined || value.inferred !== undefined,
  issue: {
    message: 'must say how it is known: quote (the words of a cited source) or inferred (the reasoning)',
    path: ['quote'],
  },
};
const knownRelation = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ ...shape, ...provenance }).refine(saysHowKnown.check, saysHowKnown.issue);

export const sourceSchema = z.strictObject({
  id,
  title: text,
  publisher: text,
  date: isoDate.optional(),
  language: z.enum(['ja', 'ko', 'en']),
  url: z.url().optional(),
});

export const organizationSchema = z.strictObject({
  id,
  name: text,
  nameKo: text.optional(),
  nameJa: text.optional(),
  aliases: z.array(text).default([]),
  kind: z.enum(ORGANIZATION_KINDS, { message: `must be one of ${ORGANIZATION_KINDS.join(', ')}` }),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as KR'),
  partOf: knownRelation({ org: id, sources }).optional(),
});

export const consortiumIdentitySchema = z.strictObject({
  id,
  name: text,
  program: id,
});

export const entitiesFileSchema = z.strictObject({
  organizations: z.array(organizationSchema),
  consortia: z.array(consortiumIdentitySchema),
});

const membershipSchema = knownRelation({
  org: id,
  role: z.enum(MEMBERSHIP_ROLES).default('MEMBER'),
  category: text.optional(),
  /** The first date the membership is known to hold (the date of the announcement that states it). */
  since: isoDate.optional(),
  until: isoDate.optional(),
  note: text.optional(),
  sources,
});

const standingSchema = knownRelation({
  stage: id,
  status: z.enum(STANDING_STATUSES),
  reason: text.optional(),
  sources,
});

const consortiumFactsSchema = z.strictObject({
  id,
  slogan: z.strictObject({ text, quote, sources }).optional(),
  strategy: z.strictObject({ value: z.enum(STRATEGIES), quote, sources }).optional(),
  /** Whether this source's member list is the whole list or ends in "etc." (など). */
  memberList: z.strictObject({ complete: z.boolean(), quote, sources }).optional(),
  members: z.array(membershipSchema).default([]),
  standings: z.array(standingSchema).default([]),
});

const subjectSchema = z.strictObject({
  type: z.enum(['Organization', 'Consortium', 'Program', 'Model']),
  id,
});

const factSchema = z.strictObject({
  about: subjectSchema,
  kind: z.enum(FACT_KINDS),
  text,
  quote,
  sources,
});

const programSchema = z.strictObject({
  id,
  name: text,
  nameKo: text.optional(),
  nameJa: text.optional(),
  runBy: knownRelation({ org: id, sources }),
  sources,
});

const stageSchema = z.strictObject({
  id,
  program: id,
  order: z.number().int().positive(),
  name: text,
  status: z.enum(STAGE_STATUSES),
  date: isoDate.optional(),
  endDate: isoDate.optional(),
  /** For a stage the sources date only loosely ("June–August 2025"): the wording, and the day it is known to be over by. */
  period: text.optional(),
  knownBy: isoDate.optional(),
  /**
   * Every team in the program before this stage gets an outcome at it (an evaluation). Once its day has passed, a
   * team with no standing recorded at it is UNKNOWN: no source reports its result.
   */
  evaluatesTeams: z.boolean().default(false),
  description: text.optional(),
  quote,
  sources,
});

const personSchema = z.strictObject({
  id,
  name: text,
  nameKo: text.optional(),
  nameJa: text.optional(),
  positions: z.array(knownRelation({ org: id, title: text, sources })).min(1),
});

const modelSchema = z.strictObject({
  id,
  name: text,
  description: text.optional(),
  parameters: text.optional(),
  openSource: z.boolean().optional(),
  developers: z
    .array(knownRelation({ type: z.enum(['Organization', 'Consortium']), id, sources }))
    .min(1, 'a model must name who develops it'),
  basedOn: z.array(knownRelation({ model: id, note: text.optional(), sources })).default([]),
  quote,
  sources,
});

export const sourceFileSchema = z.strictObject({
  /** The file in the repository's sources/ folder that this seed file transcribes. */
  document: text,
  sources: z.array(sourceSchema).min(1),
  programs: z.array(programSchema).default([]),
  stages: z.array(stageSchema).default([]),
  consortia: z.array(consortiumFactsSchema).default([]),
  facts: z.array(factSchema).default([]),
  persons: z.array(personSchema).default([]),
  models: z.array(modelSchema).default([]),
});

export type SourceSeed = z.infer<typeof sourceSchema>;
export type OrganizationSeed = z.infer<typeof organizationSchema>;
export type EntitiesFile = z.infer<typeof entitiesFileSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;
export type MembershipSeed = z.infer<typeof membershipSchema>;
export type StandingSeed = z.infer<typeof standingSchema>;
export type FactSeed = z.infer<typeof factSchema>;
export type ProgramSeed = z.infer<typeof programSchema>;
export type StageSeed = z.infer<typeof stageSchema>;
export type PersonSeed = z.infer<typeof personSchema>;
export type ModelSeed = z.infer<typeof modelSchema>;
export type ConsortiumFactsSeed = z.infer<typeof consortiumFactsSchema>;
