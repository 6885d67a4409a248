import type {
  FactKind,
  MembershipRole,
  OrganizationKind,
  Provenance,
  StageStatus,
  StandingAnswer,
  Strategy,
} from './kinds';

/**
 * The storage shapes the repositories return and the GraphQL resolvers receive (codegen mappers).
 * Related nodes are referenced by id and resolved through per-request loaders.
 */

/**
 * How a fact-bearing relationship is known (every one carries it): STATED with the words of each document that
 * states it (`quotes`, one per document), or INFERRED with the reasoning; `sources` are what it rests on.
 */
export interface ProvenanceModel {
  provenance: Provenance;
  quotes: string[];
  inference: string | null;
  sources: string[];
}

export interface OrganizationModel {
  id: string;
  name: string;
  nameKo: string | null;
  nameJa: string | null;
  aliases: string[];
  kind: OrganizationKind;
  country: string | null;
  consortiumCount: number;
}

/** A CORDIS project's title, programme and money (euros); null where the file gives none. */
export interface ProjectFunding {
  title: string | null;
  /** H2020, HORIZON, FP7... */
  frameworkProgramme: string | null;
  /** The part of the programme that funds it (CORDIS `legalBasis`, e.g. H2020-EU.3.1.1.). */
  programmePart: string | null;
  totalCost: number | null;
  ecMaxContribution: number | null;
}

/** A CORDIS participant's money in one project (euros); null where the file gives none. */
export interface ParticipationFunding {
  ecContribution: number | null;
  netEcContribution: number | null;
  totalCost: number | null;
}

export interface ConsortiumModel extends ProjectFunding {
  id: string;
  name: string;
  programId: string | null;
  slogan: string | null;
  sloganSources: string[];
  strategy: Strategy | null;
  strategySources: string[];
  memberCount: number;
  startDate: string | null;
  endDate: string | null;
}

export interface MembershipModel extends ParticipationFunding, ProvenanceModel {
  orgId: string;
  consortiumId: string;
  role: MembershipRole;
  category: string | null;
  since: string | null;
  until: string | null;
  note: string | null;
}

export interface SourceModel {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  language: string | null;
  url: string | null;
  document: string | null;
  contentHash: string | null;
}

export interface FactModel {
  id: string;
  subjectId: string;
  kind: FactKind;
  text: string;
  quote: string | null;
  sources: string[];
}

export interface ProgramModel {
  id: string;
  name: string;
  nameKo: string | null;
  nameJa: string | null;
  runById: string | null;
  sources: string[];
}

export interface StageModel {
  id: string;
  programId: string;
  order: number;
  name: string;
  status: StageStatus;
  date: string | null;
  endDate: string | null;
  period: string | null;
  knownBy: string | null;
  evaluatesTeams: boolean;
  description: string | null;
  sources: string[];
}

export interface StandingModel extends ProvenanceModel {
  consortiumId: string;
  stageId: string;
  /** UNKNOWN only when answered for a day (see standingOnDay): never stored. */
  status: StandingAnswer;
  date: string | null;
  reason: string | null;
  /** For an UNKNOWN standing: the last one a source reports. */
  lastKnown?: StandingModel | null;
}

/** A stage whose day has passed with no result reported for some of the teams it evaluates. */
export interface UnresolvedStageModel {
  stageId: string;
  consortiumIds: string[];
}

/** What is known of a program's (or every program's) standings on a day. */
export interface StandingKnowledgeModel {
  asOf: string;
  standingKnownAsOf: string | null;
  unresolvedStages: UnresolvedStageModel[];
}

export interface PersonModel {
  id: string;
  name: string;
  nameKo: string | null;
  nameJa: string | null;
}

export interface PositionModel extends ProvenanceModel {
  personId: string;
  orgId: string;
  title: string;
}

/** A PART_OF, RUN_BY or BASED_ON link: from one node to another, with how it is known. */
export interface LinkModel extends ProvenanceModel {
  fromId: string;
  toId: string;
}

export interface ModelModel {
  id: string;
  name: string;
  description: string | null;
  parameters: string | null;
  openSource: boolean | null;
  sources: string[];
}

/** A DEVELOPS link from its developer to the model, with how it is known. */
export interface ModelDeveloperModel extends ProvenanceModel {
  modelId: string;
  orgId: string | null;
  consortiumId: string | null;
}

export interface MemberListModel {
  consortiumId: string;
  sourceId: string;
  complete: boolean;
  quote: string | null;
}

export interface MultiConsortiumModel {
  organization: OrganizationModel;
  consortiumCount: number;
  /** Read with the organisation in the same statement: the list can run to thousands for a hub. */
  consortia: ConsortiumModel[];
  affiliateIds: string[];
}

export interface CoMemberModel {
  organization: OrganizationModel;
  sharedCount: number;
  consortiumIds: string[];
}

export interface ConsortiumOverlapModel {
  aId: string;
  bId: string;
  sharedIds: string[];
  /** The pair's consortia as read with it: whole, or brief when the selection needs no more (src/graphql/lookahead.ts). */
  a: ConsortiumModel;
  b: ConsortiumModel;
}

/** How a search hit matched, best first (the order search ranks hits in). */
export type SearchMatchModel = 'EXACT' | 'ALIAS' | 'WORDS' | 'PREFIX' | 'FUZZY';

export interface SearchHitModel {
  organization: OrganizationModel;
  score: number;
  matchedBy: SearchMatchModel;
  matchedName: string;
  /** The hit's place in the ranking (how it matched, then score): the key its cursor holds. */
  rank: number;
}
