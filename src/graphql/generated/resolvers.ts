import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationModel, ConsortiumModel, MembershipModel, SourceModel, FactModel, ProgramModel, StageModel, StandingModel, PersonModel, PositionModel, ModelModel, ModelDeveloperModel, MemberListModel, MultiConsortiumModel, CoMemberModel, ConsortiumOverlapModel, SearchHitModel, LinkModel, StandingKnowledgeModel, UnresolvedStageModel } from '../../model/models';
import type { OrganizationConnectionModel, ConsortiumConnectionModel, SourceConnectionModel, SearchHitConnectionModel, MembershipConnectionModel } from '../../model/connection';
import type { ConnectionsModel, ConnectionPathModel, ConnectionHopModel, PathAffiliationLinkModel } from '../../questions/connections';
import type { SimilarityPageModel } from '../../questions/similarity';
import type { SimilarOrganizationModel, SharedConsortiumModel } from '../../db/reads/similarityReads';
import type { ChangesModel, StandingChangeModel } from '../../questions/changes';
import type { MembershipChangeModel } from '../../db/reads/changeReads';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, written YYYY-MM-DD. */
  Date: { input: string; output: string; }
};

/** A membership to add, with the source that states it. */
export type AddMembershipInput = {
  /** How the source groups the member (technology partner, academic, ...). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The consortium (an existing consortium's id). */
  consortiumId: Scalars['ID']['input'];
  /** A remark about the membership. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The member (an existing organisation's id). */
  organizationId: Scalars['ID']['input'];
  /** LEAD or MEMBER. */
  role?: MembershipRole;
  /** The first day the membership is known to hold; omitted, it holds from the consortium's start. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** A new source that states the membership. Give this or sourceId. */
  source?: InputMaybe<NewSourceInput>;
  /** An existing source that states the membership. Give this or source. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The last day it held, if it ended. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * A fact-bearing relationship (a membership, a standing, a PART_OF, RUN_BY, BASED_ON or DEVELOPS link, a position):
 * the sources it rests on and how it is known. Every such type implements it, so the five fields mean the same
 * everywhere.
 */
export type Attested = {
  /** For an inferred relationship: the reasoning from the sources to it. */
  inference: Maybe<Scalars['String']['output']>;
  /** Whether a source states this or it is inferred from what sources state. */
  provenance: Provenance;
  /** The words of the first source document that states it (or that an inference rests on). */
  quote: Maybe<Scalars['String']['output']>;
  /** The words of each source document that states it, one per document. */
  quotes: Array<Scalars['String']['output']>;
  /** The sources the relationship rests on. */
  sources: Array<Source>;
};

/** A model's BASED_ON link to a model it builds on, with how it is known. */
export type BasedOnLink = Attested & {
  __typename?: 'BasedOnLink';
  /** For an inferred relationship: the reasoning from the sources to it. */
  inference: Maybe<Scalars['String']['output']>;
  /** The model it builds on. */
  model: Model;
  /** Whether a source states this or it is inferred from what sources state. */
  provenance: Provenance;
  /** The words of the first source document that states it (or that an inference rests on). */
  quote: Maybe<Scalars['String']['output']>;
  /** The words of each source document that states it, one per document. */
  quotes: Array<Scalars['String']['output']>;
  /** The sources the link rests on. */
  sources: Array<Source>;
};

/** What changed between two days: the program's timeline as data. */
export type Changes = {
  __typename?: 'Changes';
  /** The first day (exclusive: changes after it). */
  from: Scalars['Date']['output'];
  /** This page of memberships that started or ended, by day (started first), then organisation and consortium. */
  memberships: Array<MembershipChange>;
  /** Cursor of this page's last membership; null when the page is empty. */
  membershipsEndCursor: Maybe<Scalars['String']['output']>;
  /** Whether more memberships follow (pass membershipsEndCursor as after). */
  membershipsHasNextPage: Scalars['Boolean']['output'];
  /** Stages of every program that took effect after `from` and on or before `to`, with their sources. */
  stages: Array<Stage>;
  /** Teams whose standing changed (selected, eliminated, added, ...). */
  standings: Array<StandingChange>;
  /** The last day (inclusive). */
  to: Scalars['Date']['output'];
};

/** An organisation sharing consortia with the one asked about. */
export type CoMember = {
  __typename?: 'CoMember';
  /** The consortia they share. */
  consortia: Array<Consortium>;
  /** The other organisation. */
  organization: Organization;
  /** How many consortia it shares with the organisation asked about. */
  sharedCount: Scalars['Int']['output'];
};

/** One hop of a path: two organisations sharing a consortium, or (with includeAffiliates) one part of the other. */
export type ConnectionHop = {
  __typename?: 'ConnectionHop';
  /** The consortium both are members of; null for a PART_OF hop. */
  consortium: Maybe<Consortium>;
  /** The organisation nearer `from`. */
  from: Organization;
  /** The membership of `from` in the consortium, with its sources; null for a PART_OF hop. */
  fromMembership: Maybe<Membership>;
  /** For a PART_OF hop: the body that is part of the other, and the sources that say so. */
  partOf: Maybe<PathAffiliationLink>;
  /** The organisation nearer `to`. */
  to: Organization;
  /** The membership of `to` in the consortium, with its sources; null for a PART_OF hop. */
  toMembership: Maybe<Membership>;
};

/** One path: organisations in order, and the hops between them. */
export type ConnectionPath = {
  __typename?: 'ConnectionPath';
  /** One per pair of neighbouring organisations, in order. */
  hops: Array<ConnectionHop>;
  /** From the first organisation to the last. */
  organizations: Array<Organization>;
};

/** The shortest paths between two organisations, a page at a time, or why there are none. */
export type Connections = {
  __typename?: 'Connections';
  /** Cursor of this page's last path; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Relationships the search read: its work, at most MAX_PATH_WORK (200,000). */
  explored: Scalars['Int']['output'];
  /** Whether another page follows (pass endCursor as after). */
  hasNextPage: Scalars['Boolean']['output'];
  /** Hops of every path found (each the same, they are all shortest); null when there is none. */
  length: Maybe<Scalars['Int']['output']>;
  /** What the search found. */
  outcome: ConnectionsOutcome;
  /** This page of paths, in a stable order. */
  paths: Array<ConnectionPath>;
  /** The outcome in one sentence, e.g. `no path of at most 4 hops exists`. */
  reason: Scalars['String']['output'];
};

/** Why `connections` answered as it did. */
export type ConnectionsOutcome =
  /** Shortest paths were found; every one has `length` hops. */
  | 'FOUND'
  /** No path of at most maxHops hops exists (a longer one may). */
  | 'NONE_WITHIN_MAX_HOPS'
  /** No path of any length exists with these filters: the search ran out of organisations to reach. */
  | 'NOT_CONNECTED'
  /** from and to are the same organisation: one path of no hops. */
  | 'SAME_ORGANIZATION'
  /** from or to is not the id of an organisation. */
  | 'UNKNOWN_ORGANIZATION';

/** A team of organisations (one per team in a program, or one per project in imported data). */
export type Consortium = Node & {
  __typename?: 'Consortium';
  /** The most the European Commission contributes to the project, in euros (CORDIS ecMaxContribution). */
  ecMaxContribution: Maybe<Scalars['Float']['output']>;
  /** The day its work ends, if known. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** Every fact about it. */
  facts: Array<Fact>;
  /** The framework programme that funds the project (CORDIS: H2020, HORIZON, FP7...). */
  frameworkProgramme: Maybe<Scalars['String']['output']>;
  /** Its stated goals (facts of kind GOAL). */
  goals: Array<Fact>;
  /** The consortium's own slug, e.g. lg-ai-research. */
  id: Scalars['ID']['output'];
  /** The member whose role is LEAD; null if no source names one. */
  lead: Maybe<Organization>;
  /**
   * Number of memberships (all time), stored and kept current with every write. Every source's wording counts: a
   * university named by one source and its foundation named by another for the same seat count twice.
   */
  memberCount: Scalars['Int']['output'];
  /** For each source that lists the members: whether its list is complete or ends in "etc.". */
  memberLists: Array<MemberList>;
  /** Its memberships, lead first then by name, each with its organisation (every one: see membersConnection for pages). */
  members: Array<Membership>;
  /** The members, lead first then by name, a page at a time (first or last: 1–1000, default first 20). */
  membersConnection: MembershipConnection;
  /** The models it develops. */
  models: Array<Model>;
  /** The team's name as the sources give it in English. */
  name: Scalars['String']['output'];
  /** An opaque global id, unique across types. */
  nodeId: Scalars['ID']['output'];
  /**
   * The member count per the source that states the complete member list (memberLists with complete: true, e.g. the
   * ministry's list as the press reproduced it): how many organisations that source names as members, all time. Null
   * when no source states a complete list (a team known only from its application, or only from lists ending in
   * "etc."), or when two complete lists disagree on the count.
   */
  officialMemberCount: Maybe<Scalars['Int']['output']>;
  /** The program it applied to; null for imported project consortia without one. */
  program: Maybe<Program>;
  /** The part of the programme that funds the project (CORDIS legalBasis, e.g. H2020-EU.3.1.1.). */
  programmePart: Maybe<Scalars['String']['output']>;
  /** The slogan a source gives it. */
  slogan: Maybe<Scalars['String']['output']>;
  /** The sources of the slogan. */
  sloganSources: Array<Source>;
  /** The standing in force on that day (today if omitted); null before the consortium is known. */
  standing: Maybe<Standing>;
  /** Every standing in its program, in stage order. */
  standings: Array<Standing>;
  /** The day its work starts (a project's start in imported data). */
  startDate: Maybe<Scalars['Date']['output']>;
  /** Nothing where the source gives none. */
  strategy: Maybe<Strategy>;
  /** The sources of the strategy. */
  strategySources: Array<Source>;
  /** The model sizes it aims for (facts of kind MODEL_SIZE). */
  targetModelSizes: Array<Fact>;
  /** The project's full title (CORDIS); the name is its acronym. */
  title: Maybe<Scalars['String']['output']>;
  /** The project's total cost in euros (CORDIS). */
  totalCost: Maybe<Scalars['Float']['output']>;
};


/** A team of organisations (one per team in a program, or one per project in imported data). */
export type ConsortiumMembersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  role?: InputMaybe<MembershipRole>;
};


/** A team of organisations (one per team in a program, or one per project in imported data). */
export type ConsortiumMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<MembershipRole>;
};


/** A team of organisations (one per team in a program, or one per project in imported data). */
export type ConsortiumStandingArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of consortia, by name. */
export type ConsortiumConnection = {
  __typename?: 'ConsortiumConnection';
  /** The consortia of this page, each with its cursor. */
  edges: Array<ConsortiumEdge>;
  /** Where the page starts and ends, and whether more follow. */
  pageInfo: PageInfo;
  /** Every consortium matching the arguments (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A consortium and its place in a ConsortiumConnection. */
export type ConsortiumEdge = {
  __typename?: 'ConsortiumEdge';
  /** Where this consortium stands in the list: pass it as after or before. */
  cursor: Scalars['String']['output'];
  /** The consortium. */
  node: Consortium;
};

/** Two consortia and the organisations they share. */
export type ConsortiumOverlap = {
  __typename?: 'ConsortiumOverlap';
  /** One consortium of the pair. */
  a: Consortium;
  /** The other consortium. */
  b: Consortium;
  /** The organisations they share. */
  shared: Array<Organization>;
  /** How many organisations they share. */
  sharedCount: Scalars['Int']['output'];
};

/** The answer of a mutation on a consortium: ok with the consortium, or an error. */
export type ConsortiumPayload = {
  __typename?: 'ConsortiumPayload';
  /** The consortium as it is now, when ok is true. */
  consortium: Maybe<Consortium>;
  /** Why not, when ok is false. */
  error: Maybe<MutationError>;
  /** Whether the mutation was applied. */
  ok: Scalars['Boolean']['output'];
};

/** The end of a membership to record, with the source that reports it (give sourceId or source). */
export type EndMembershipInput = {
  /** The consortium. */
  consortiumId: Scalars['ID']['input'];
  /** The member. */
  organizationId: Scalars['ID']['input'];
  /** The words of the source that state it. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** A new source that reports it. Give this or sourceId. */
  source?: InputMaybe<NewSourceInput>;
  /** An existing source that reports it. Give this or source. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The last day the membership held. */
  until: Scalars['Date']['input'];
};

/** A statement a source makes about an organisation, consortium, program or model, with its words. */
export type Fact = Node & {
  __typename?: 'Fact';
  /** The fact's own id. */
  id: Scalars['ID']['output'];
  /** What the fact states: a goal, a target model size, an evaluation or a note. */
  kind: FactKind;
  /** An opaque global id, unique across types. */
  nodeId: Scalars['ID']['output'];
  /** The words of the source document it comes from. */
  quote: Maybe<Scalars['String']['output']>;
  /** The sources that state it (at least one). */
  sources: Array<Source>;
  /** The statement, in English. */
  text: Scalars['String']['output'];
};

/** What a fact states. */
export type FactKind =
  /** What an evaluation found. */
  | 'EVALUATION'
  /** A goal a consortium or program sets itself. */
  | 'GOAL'
  /** A model size a consortium aims for (parameters). */
  | 'MODEL_SIZE'
  /** Anything else a source states, kept as written. */
  | 'NOTE';

/** A source's list of a consortium's members, and whether that list is complete. */
export type MemberList = {
  __typename?: 'MemberList';
  /** True when the list names every member; false when it ends in "etc.". */
  complete: Scalars['Boolean']['output'];
  /** The words of the list in the source. */
  quote: Maybe<Scalars['String']['output']>;
  /** The source whose list this is. */
  source: Source;
};

/** An organisation's membership of a consortium, with the sources that state it. */
export type Membership = Attested & {
  __typename?: 'Membership';
  /** How the source groups the member (technology partner, academic, industry partner, ...). */
  category: Maybe<Scalars['String']['output']>;
  /** The consortium. */
  consortium: Consortium;
  /** What the European Commission contributes to this participant in euros (CORDIS ecContribution). */
  ecContribution: Maybe<Scalars['Float']['output']>;
  /** For an inferred relationship: the reasoning from the sources to it. */
  inference: Maybe<Scalars['String']['output']>;
  /** The EC contribution net of what the participant passes on to its third parties, in euros (CORDIS). */
  netEcContribution: Maybe<Scalars['Float']['output']>;
  /** A remark the sources make about it. */
  note: Maybe<Scalars['String']['output']>;
  /** The member. */
  organization: Organization;
  /** Whether a source states this or it is inferred from what sources state. */
  provenance: Provenance;
  /** The words of the first source document that states it (or that an inference rests on). */
  quote: Maybe<Scalars['String']['output']>;
  /** The words of each source document that states it, one per document. */
  quotes: Array<Scalars['String']['output']>;
  /** LEAD or MEMBER. */
  role: MembershipRole;
  /** The first day the membership is known to hold. */
  since: Maybe<Scalars['Date']['output']>;
  /** The sources that state it; a membership both sources state cites both. */
  sources: Array<Source>;
  /** The participant's own total cost in the project, in euros (CORDIS). */
  totalCost: Maybe<Scalars['Float']['output']>;
  /** The last day it held, if it ended. */
  until: Maybe<Scalars['Date']['output']>;
};

/** A membership that began or ended between the two days. */
export type MembershipChange = {
  __typename?: 'MembershipChange';
  /** The first day it held (STARTED) or the last (ENDED). */
  day: Scalars['Date']['output'];
  /** Began or ended. */
  kind: MembershipChangeKind;
  /** The membership, with its sources. */
  membership: Membership;
};

/** Whether a membership began or ended. */
export type MembershipChangeKind =
  /** Its last day (until) falls in the window: it no longer holds on `to`. */
  | 'ENDED'
  /** Its first day (since, or its consortium's start) falls in the window. */
  | 'STARTED';

/** A page of memberships (a consortium's members, or an organisation's memberships). */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships of this page, each with its cursor. */
  edges: Array<MembershipEdge>;
  /** Where the page starts and ends, and whether more follow. */
  pageInfo: PageInfo;
  /** Every membership matching the arguments (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A membership and its place in a MembershipConnection. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Where this membership stands in the list: pass it as after or before. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

/** The answer of addMembership: ok with the membership, or an error. */
export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  /** Why not, when ok is false. */
  error: Maybe<MutationError>;
  /** The membership added, when ok is true. */
  membership: Maybe<Membership>;
  /** Whether the membership was added. */
  ok: Scalars['Boolean']['output'];
};

/** An organisation's role in a consortium. */
export type MembershipRole =
  /** Leads the consortium (its coordinator). */
  | 'LEAD'
  /** Takes part in it. */
  | 'MEMBER';

/** A foundation model that a consortium or organisation develops. */
export type Model = Node & {
  __typename?: 'Model';
  /** The models it is built from. */
  basedOn: Array<Model>;
  /** The BASED_ON links to the models it builds on, with their sources and how each is known. */
  bases: Array<BasedOnLink>;
  /** What it is, as the sources describe it. */
  description: Maybe<Scalars['String']['output']>;
  /** Who develops it. */
  developers: Array<ModelDeveloper>;
  /** Every fact about it. */
  facts: Array<Fact>;
  /** Its own id. */
  id: Scalars['ID']['output'];
  /** The model's name. */
  name: Scalars['String']['output'];
  /** An opaque global id, unique across types. */
  nodeId: Scalars['ID']['output'];
  /** Whether its weights are published. */
  openSource: Maybe<Scalars['Boolean']['output']>;
  /** Its size as the sources give it (e.g. 32B). */
  parameters: Maybe<Scalars['String']['output']>;
  /** The sources about it. */
  sources: Array<Source>;
};

/** Who develops a model (the DEVELOPS link): an organisation or a consortium, with its sources and how it is known. */
export type ModelDeveloper = Attested & {
  __typename?: 'ModelDeveloper';
  /** The developing consortium, or null when an organisation develops it. */
  consortium: Maybe<Consortium>;
  /** For an inferred relationship: the reasoning from the sources to it. */
  inference: Maybe<Scalars['String']['output']>;
  /** The developing organisation, or null when a consortium develops it. */
  organization: Maybe<Organization>;
  /** Whether a source states this or it is inferred from what sources state. */
  provenance: Provenance;
  /** The words of the first source document that states it (or that an inference rests on). */
  quote: Maybe<Scalars['String']['output']>;
  /** The words of each source document that states it, one per document. */
  quotes: Array<Scalars['String']['output']>;
  /** The sources the link rests on. */
  sources: Array<Source>;
};

/** An organisation in several consortia: the answer of organizationsInMultipleConsortia. */
export type MultiConsortiumOrganization = {
  __typename?: 'MultiConsortiumOrganization';
  /** Those consortia. */
  consortia: Array<Consortium>;
  /** In how many of the consortia counted it is a member. */
  consortiumCount: Scalars['Int']['output'];
  /** With includeAffiliates: the affiliated bodies whose memberships were counted for the organisation. */
  countedAffiliates: Array<Organization>;
  /** The organisation. */
  organization: Organization;
};

/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token of API_TOKENS
 * (UNAUTHENTICATED otherwise, and nothing is written). Each runs in one transaction. Expected
 * failures come back as data (`ok: false` with an `error`), the graph unchanged.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a membership citing a source. ALREADY_EXISTS if the organisation is already a member. */
  addMembership: MembershipPayload;
  /**
   * Records the last day a membership held (until), citing the source that reports its end. NOT_FOUND when there is
   * no such membership or sourceId; INVALID_INPUT when until is before its since.
   */
  endMembership: MembershipPayload;
  /** Records that childId is part of parentId (e.g. a university's foundation), citing a source. */
  linkAffiliate: OrganizationPayload;
  /**
   * Merges duplicates into keepId: every membership (two of the same consortium become one citing
   * both sources), fact, position, PART_OF, model and program moves to it; the merged names and ids
   * become its aliases, and the merged nodes are deleted (their ids no longer resolve).
   */
  mergeOrganizations: OrganizationPayload;
  /**
   * Records a stage of a program, or restates the stage with that id (its fields replaced, the source added):
   * a result published later starts here (set its day, HELD). NOT_FOUND for an unknown program or sourceId;
   * ALREADY_EXISTS when another stage of the program has that order; INVALID_INPUT for an id of another program's stage.
   */
  recordStage: StagePayload;
  /**
   * Records a team's standing after a stage, as a source reports it: from the stage's day the team's standing is this,
   * no longer UNKNOWN. NOT_FOUND for an unknown consortium, stage or sourceId; INVALID_INPUT for UNKNOWN, a stage of
   * another program or a stage with no day yet; CONFLICT when another standing is recorded for the team at that stage.
   */
  recordStanding: StandingPayload;
  /** Removes a membership. NOT_FOUND if there is none. */
  removeMembership: RemoveMembershipPayload;
  /** Creates the consortium or updates it: fields left out keep their value. */
  upsertConsortium: ConsortiumPayload;
  /** Creates the organisation or updates it: fields left out keep their value; aliases given replace the list. */
  upsertOrganization: OrganizationPayload;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token of API_TOKENS
 * (UNAUTHENTICATED otherwise, and nothing is written). Each runs in one transaction. Expected
 * failures come back as data (`ok: false` with an `error`), the graph unchanged.
 */
export type MutationAddMembershipArgs = {
  input: AddMembershipInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token of API_TOKENS
 * (UNAUTHENTICATED otherwise, and nothing is written). Each runs in one transaction. Expected
 * failures come back as data (`ok: false` with an `error`), the graph unchanged.
 */
export type MutationEndMembershipArgs = {
  input: EndMembershipInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token of API_TOKENS
 * (UNAUTHENTICATED otherwise, and nothing is written). Each runs in one transaction. Expected
 * failures come back as data (`ok: false` with an `error`), the graph unchanged.
 */
export type MutationLinkAffiliateArgs = {
  childId: Scalars['ID']['input'];
  parentId: Scalars['ID']['input'];
  sourceId: Scalars['ID']['input'];
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token of API_TOKENS
 * (UNAUTHENTICATED otherwise, and nothing is written). Each runs in one transaction. Expected
 * failures come back as data (`ok: false` with an `error`), the graph unchanged.
 */
export type MutationMergeOrganizationsArgs = {
  keepId: Scalars['ID']['input'];
  mergeIds: Array<Scalars['ID']['input']>;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token of API_TOKENS
 * (UNAUTHENTICATED otherwise, and nothing is written). Each runs in one transaction. Expected
 * failures come back as data (`ok: false` with an `error`), the graph unchanged.
 */
export type MutationRecordStageArgs = {
  input: RecordStageInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token of API_TOKENS
 * (UNAUTHENTICATED otherwise, and nothing is written). Each runs in one transaction. Expected
 * failures come back as data (`ok: false` with an `error`), the graph unchanged.
 */
export type MutationRecordStandingArgs = {
  input: RecordStandingInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token of API_TOKENS
 * (UNAUTHENTICATED otherwise, and nothing is written). Each runs in one transaction. Expected
 * failures come back as data (`ok: false` with an `error`), the graph unchanged.
 */
export type MutationRemoveMembershipArgs = {
  consortiumId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token of API_TOKENS
 * (UNAUTHENTICATED otherwise, and nothing is written). Each runs in one transaction. Expected
 * failures come back as data (`ok: false` with an `error`), the graph unchanged.
 */
export type MutationUpsertConsortiumArgs = {
  input: UpsertConsortiumInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token of API_TOKENS
 * (UNAUTHENTICATED otherwise, and nothing is written). Each runs in one transaction. Expected
 * failures come back as data (`ok: false` with an `error`), the graph unchanged.
 */
export type MutationUpsertOrganizationArgs = {
  input: UpsertOrganizationInput;
};

/** Why a mutation did nothing. */
export type MutationError = {
  __typename?: 'MutationError';
  /** What went wrong, as a code. */
  code: MutationErrorCode;
  /** The input field at fault, when there is one. */
  field: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in words. */
  message: Scalars['String']['output'];
};

/** Why a mutation did nothing, as a code clients can switch on. */
export type MutationErrorCode =
  /** What the mutation would create exists already. */
  | 'ALREADY_EXISTS'
  /**
   * The write contradicts the graph (a second parent, a PART_OF cycle), or another write (an import, a merge)
   * changed the same organisations at the same time and this one could not finish: nothing was written, try again.
   */
  | 'CONFLICT'
  /** A value is malformed, too long or not allowed (the message names the field, the limit and what was found). */
  | 'INVALID_INPUT'
  /** An id the mutation refers to does not exist. */
  | 'NOT_FOUND';

/** A network ready for a visualisation or an export: nodes with their measures, and edges. */
export type Network = {
  __typename?: 'Network';
  /** Its edges; at most one per pair of nodes. */
  edges: Array<NetworkEdge>;
  /** Its nodes, with their measures. */
  nodes: Array<NetworkNode>;
  /** How the membership graph was turned into this network. */
  projection: NetworkProjection;
};

/** An edge of a network, between two nodes' ids. */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  /** MEMBERSHIP only: how the source groups the member. */
  category: Maybe<Scalars['String']['output']>;
  /** Unique within the network. */
  id: Scalars['ID']['output'];
  /** MEMBERSHIP only. */
  role: Maybe<MembershipRole>;
  /** The organisation (MEMBERSHIP, CO_MEMBERSHIP) or the part (AFFILIATION). */
  source: Scalars['ID']['output'];
  /** The consortium (MEMBERSHIP), the other organisation (CO_MEMBERSHIP) or the whole (AFFILIATION). */
  target: Scalars['ID']['output'];
  /** What the edge stands for. */
  type: NetworkEdgeType;
  /** CO_MEMBERSHIP: the number of consortia shared; otherwise 1. */
  weight: Scalars['Float']['output'];
};

/** What a network edge stands for. */
export type NetworkEdgeType =
  /** An organisation is part of another (PART_OF), e.g. a cooperation foundation of its university. */
  | 'AFFILIATION'
  /** Two organisations sharing at least one consortium (CO_MEMBERSHIP). */
  | 'CO_MEMBERSHIP'
  /** An organisation's membership of a consortium (BIPARTITE). */
  | 'MEMBERSHIP';

/** Which name labels the nodes. */
export type NetworkLabelLanguage =
  /** The English canonical name. */
  | 'EN'
  /** The Japanese name, or the English one where the sources give none. */
  | 'JA'
  /** The Korean name, or the English one where the sources give none. */
  | 'KO';

/** A node of a network: an organisation or a consortium, with its measures. */
export type NetworkNode = {
  __typename?: 'NetworkNode';
  /** Normalised betweenness centrality (0..1): who bridges consortia. */
  betweenness: Scalars['Float']['output'];
  /** Louvain community, 0-based, stable for the same request. */
  community: Scalars['Int']['output'];
  /** For an organisation, the consortia it is a member of in this network; for a consortium, its members in it. */
  consortiumCount: Scalars['Int']['output'];
  /** Organisations only, ISO 3166-1 alpha-2. */
  country: Maybe<Scalars['String']['output']>;
  /** Number of its edges. */
  degree: Scalars['Int']['output'];
  /** The organisation's or consortium's own id (for organization(id:) and consortium(id:)). */
  entityId: Scalars['ID']['output'];
  /** Unique across types: org:<id> or consortium:<id>. */
  id: Scalars['ID']['output'];
  /** Organisations only. */
  kind: Maybe<OrganizationKind>;
  /** The name shown for it, in the language asked for. */
  label: Scalars['String']['output'];
  /** Organisation or consortium. */
  type: NetworkNodeType;
  /** Sum of the weights of its edges. */
  weightedDegree: Scalars['Float']['output'];
};

/** What a network node stands for. */
export type NetworkNodeType =
  /** A consortium (BIPARTITE only). */
  | 'CONSORTIUM'
  /** An organisation. */
  | 'ORGANIZATION';

/** How the membership graph is turned into a network. */
export type NetworkProjection =
  /** Organisations and consortia as nodes, one MEMBERSHIP edge per membership. */
  | 'BIPARTITE'
  /** Organisations only, one CO_MEMBERSHIP edge per pair sharing a consortium, weighted by how many they share. */
  | 'CO_MEMBERSHIP';

/** A source to create for a membership; the same url (or title, without one) always gives the same source. */
export type NewSourceInput = {
  /** The day it was published. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The document's title. */
  title: Scalars['String']['input'];
  /** Where it can be read. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/**
 * An object with a global identity (Relay's Global Object Identification): its `nodeId` is unique across every type
 * and `node(nodeId:)` fetches it again. `id` keeps the readable slug of its own type.
 */
export type Node = {
  /** An opaque global id, unique across types (do not parse it; the readable slug is `id`). */
  nodeId: Scalars['ID']['output'];
};

/** Which way a list is sorted. */
export type OrderDirection =
  /** Smallest (or A) first. */
  | 'ASC'
  /** Largest (or Z) first. */
  | 'DESC';

/** A company, university, research institute or other body. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** Bodies that are part of this organisation. */
  affiliates: Array<Organization>;
  /** Other names the sources use for it. */
  aliases: Array<Scalars['String']['output']>;
  /** The consortia of its memberships, by name. */
  consortia: Array<Consortium>;
  /** Number of consortia it is a member of (all time). */
  consortiumCount: Scalars['Int']['output'];
  /** ISO 3166-1 alpha-2. */
  country: Maybe<Scalars['String']['output']>;
  /** Every fact about it. */
  facts: Array<Fact>;
  /** A stable readable slug, e.g. kaist. */
  id: Scalars['ID']['output'];
  /** What kind of body it is. */
  kind: OrganizationKind;
  /** Memberships in consortia; with asOf, only those that held on that day. */
  memberships: Array<Membership>;
  /** Memberships in consortia by consortium name, a page at a time (first or last: 1–1000, default first 20). */
  membershipsConnection: MembershipConnection;
  /** The English canonical name. */
  name: Scalars['String']['output'];
  /** The name as Japanese sources write it. */
  nameJa: Maybe<Scalars['String']['output']>;
  /** The name as Korean sources write it. */
  nameKo: Maybe<Scalars['String']['output']>;
  /** An opaque global id, unique across types. */
  nodeId: Scalars['ID']['output'];
  /** The institution this body is part of (e.g. a university for its cooperation foundation). */
  parent: Maybe<Organization>;
  /** The PART_OF link to the parent, with its sources and how it is known; null without a parent. */
  partOf: Maybe<PartOfLink>;
  /** Positions people hold at it. */
  people: Array<Position>;
  /** The EC contributions of all its memberships added up, in euros (CORDIS); null when none states one. */
  totalEcContribution: Maybe<Scalars['Float']['output']>;
};


/** A company, university, research institute or other body. */
export type OrganizationConsortiaArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A company, university, research institute or other body. */
export type OrganizationMembershipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A company, university, research institute or other body. */
export type OrganizationMembershipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organisations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organisations of this page, each with its cursor. */
  edges: Array<OrganizationEdge>;
  /** Where the page starts and ends, and whether more follow. */
  pageInfo: PageInfo;
  /** All organisations matching the filter (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** An organisation and its place in an OrganizationConnection. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Where this organisation stands in the list: pass it as after or before. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organization;
};

/** Which organisations a list keeps: each given condition must hold (an empty filter keeps all). */
export type OrganizationFilter = {
  /** Only members of this consortium. */
  consortiumId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 3166-1 alpha-2 codes. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only organisations of these kinds. */
  kinds?: InputMaybe<Array<OrganizationKind>>;
  /** Only organisations in at least this many consortia. */
  minConsortia?: InputMaybe<Scalars['Int']['input']>;
  /** Case-insensitive text in any of the names or aliases. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of body an organisation is. */
export type OrganizationKind =
  /** A company. */
  | 'COMPANY'
  /** A ministry or government agency. */
  | 'GOVERNMENT_AGENCY'
  /** An industry–academia cooperation foundation (산학협력단 / 産学協力団), part of its university. */
  | 'INDUSTRY_ACADEMIA_FOUNDATION'
  /** Any other body (an association, a hospital, a foundation). */
  | 'OTHER'
  /** A public or private research institute. */
  | 'RESEARCH_INSTITUTE'
  /** A university. */
  | 'UNIVERSITY';

/** The order of a list of organisations. */
export type OrganizationOrder = {
  /** Which way. */
  direction?: OrderDirection;
  /** What to sort by. */
  field: OrganizationOrderField;
};

/** What a list of organisations is sorted by (then by id). */
export type OrganizationOrderField =
  /** The number of consortia it is a member of. */
  | 'CONSORTIUM_COUNT'
  /** The English name. */
  | 'NAME';

/** The answer of a mutation on an organisation: ok with the organisation, or an error. */
export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  /** Why not, when ok is false. */
  error: Maybe<MutationError>;
  /** Whether the mutation was applied. */
  ok: Scalars['Boolean']['output'];
  /** The organisation as it is now, when ok is true. */
  organization: Maybe<Organization>;
};

/** Where a page of a connection starts and ends, and whether more items lie beyond it (Relay Cursor Connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of the page (pass it as after to read the next page); null for no edges. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Paging forward (first): whether items follow this page. Always false paging backward (last). */
  hasNextPage: Scalars['Boolean']['output'];
  /** Paging backward (last): whether items precede this page. Always false paging forward (first). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge of the page (pass it as before to read the page ahead of it); null for no edges. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** An organisation's PART_OF link to the institution it is part of, with how it is known. */
export type PartOfLink = Attested & {
  __typename?: 'PartOfLink';
  /** For an inferred relationship: the reasoning from the sources to it. */
  inference: Maybe<Scalars['String']['output']>;
  /** The institution it is part of. */
  parent: Organization;
  /** Whether a source states this or it is inferred from what sources state. */
  provenance: Provenance;
  /** The words of the first source document that states it (or that an inference rests on). */
  quote: Maybe<Scalars['String']['output']>;
  /** The words of each source document that states it, one per document. */
  quotes: Array<Scalars['String']['output']>;
  /** The sources the link rests on. */
  sources: Array<Source>;
};

/** A PART_OF relationship: an affiliated body (e.g. a cooperation foundation) and the organisation it is part of. */
export type PathAffiliationLink = {
  __typename?: 'PathAffiliationLink';
  /** The affiliated body. */
  child: Organization;
  /** The organisation it is part of. */
  parent: Organization;
  /** The sources that state it. */
  sources: Array<Source>;
};

/** A person the sources name, with their positions. */
export type Person = Node & {
  __typename?: 'Person';
  /** The person's own id. */
  id: Scalars['ID']['output'];
  /** The name in English. */
  name: Scalars['String']['output'];
  /** The name as Japanese sources write it. */
  nameJa: Maybe<Scalars['String']['output']>;
  /** The name as Korean sources write it. */
  nameKo: Maybe<Scalars['String']['output']>;
  /** An opaque global id, unique across types. */
  nodeId: Scalars['ID']['output'];
  /** The positions they hold. */
  positions: Array<Position>;
};

/** A position a person holds at an organisation, with the sources that state it. */
export type Position = Attested & {
  __typename?: 'Position';
  /** For an inferred relationship: the reasoning from the sources to it. */
  inference: Maybe<Scalars['String']['output']>;
  /** Where. */
  organization: Organization;
  /** Who holds it. */
  person: Person;
  /** Whether a source states this or it is inferred from what sources state. */
  provenance: Provenance;
  /** The words of the first source document that states it (or that an inference rests on). */
  quote: Maybe<Scalars['String']['output']>;
  /** The words of each source document that states it, one per document. */
  quotes: Array<Scalars['String']['output']>;
  /** The sources that state it. */
  sources: Array<Source>;
  /** The title, as the sources give it in English. */
  title: Scalars['String']['output'];
};

/** A program that funds and evaluates consortia, run by an organisation. */
export type Program = Node & {
  __typename?: 'Program';
  /** Every fact about it. */
  facts: Array<Fact>;
  /** Its own id. */
  id: Scalars['ID']['output'];
  /** The program's English name. */
  name: Scalars['String']['output'];
  /** The name as Japanese sources write it. */
  nameJa: Maybe<Scalars['String']['output']>;
  /** The name as Korean sources write it. */
  nameKo: Maybe<Scalars['String']['output']>;
  /** An opaque global id, unique across types. */
  nodeId: Scalars['ID']['output'];
  /** The organisation that runs it (a ministry). */
  runBy: Maybe<Organization>;
  /** The RUN_BY link to the organisation that runs it, with its sources and how it is known. */
  runByLink: Maybe<RunByLink>;
  /** The sources about it. */
  sources: Array<Source>;
  /** Its stages, in order. */
  stages: Array<Stage>;
  /** Whether the standings of its teams on that day are all known, and if not, as of which day. */
  standingKnowledge: StandingKnowledge;
  /**
   * Each consortium's standing on that day (today if omitted): UNKNOWN after a stage that evaluates the teams and
   * that no source reports the result of.
   */
  teams: Array<Standing>;
};


/** A program that funds and evaluates consortia, run by an organisation. */
export type ProgramStandingKnowledgeArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A program that funds and evaluates consortia, run by an organisation. */
export type ProgramTeamsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** How a fact-bearing relationship is known. */
export type Provenance =
  /** Inferred from what the cited sources state: `inference` gives the reasoning, `quote` the words it rests on. */
  | 'INFERRED'
  /** A cited source states it: `quote` gives the words of its document. */
  | 'STATED';

/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type Query = {
  __typename?: 'Query';
  /**
   * What changed after `from` up to and including `to`: stages held, standings changed, memberships started or
   * ended, each with its source. first (1–1000) pages the memberships.
   */
  changes: Changes;
  /** Organisations that share a consortium with this one, most shared first. */
  coMembers: Array<CoMember>;
  /**
   * The shortest paths between two organisations through consortia both are members of (and, with
   * includeAffiliates, PART_OF links), as alternating organisations and consortia with the memberships' sources.
   * A hop is one organisation to the next. asOf keeps memberships held on that day; activeOnly keeps consortia
   * still in their program then (today if no asOf). maxHops: 1–6; first: 1–20, at most 100 paths over all pages.
   */
  connections: Connections;
  /**
   * All consortia by name, optionally of one program; at most 1000 (a graph with more answers QUERY_TOO_COMPLEX:
   * page through consortiaConnection instead).
   */
  consortia: Array<Consortium>;
  /** Consortia by name, then id, a page at a time (first or last: 1–1000, default first 20). */
  consortiaConnection: ConsortiumConnection;
  /** null for an unknown id. */
  consortium: Maybe<Consortium>;
  /** Every pair of consortia (of those given, or all) with the organisations they share. */
  consortiumOverlaps: Array<ConsortiumOverlap>;
  /** null for an unknown id. */
  model: Maybe<Model>;
  /** All models by name (at most 1000). */
  models: Array<Model>;
  /**
   * The membership graph as a network, with degree, betweenness and community of every node.
   * consortia keeps only those consortia (and their members); kinds only organisations of those kinds; asOf only
   * memberships that held that day. minWeight (at least 1) drops CO_MEMBERSHIP edges sharing fewer consortia; nodes
   * stay. includeAffiliations adds AFFILIATION edges (PART_OF), with the other end of each as a node if it is
   * missing; a network has at most one edge per pair, so an affiliated pair that shares a consortium keeps only its
   * CO_MEMBERSHIP edge.
   * includeAffiliates rolls each affiliated body (PART_OF) into its top-level parent, one node holding both's
   * memberships, exactly as organizationsInMultipleConsortia(includeAffiliates: true) counts them; activeOnly keeps
   * only consortia in their program on asOf (today without asOf), as organizationsInMultipleConsortia(activeOnly).
   */
  network: Network;
  /** The object with this global id (Relay), or null if there is none; BAD_USER_INPUT for an id this API never gave. */
  node: Maybe<Node>;
  /** The objects with these global ids, in the order asked, null where there is none (at most 1000 ids). */
  nodes: Array<Maybe<Node>>;
  /** null for an unknown id. */
  organization: Maybe<Organization>;
  /** Organisations, filtered and ordered, a page at a time (first or last: 1–1000, default first 20). */
  organizations: OrganizationConnection;
  /**
   * The main question: organisations in at least minConsortia consortia, most consortia first.
   * includeAffiliates counts a PART_OF body's memberships for its parent; asOf takes the graph as it
   * stood on that day; activeOnly keeps only consortia still in their program then (today if no asOf), as of
   * their last reported standing: after a stage no source reports, standingKnowledge says the answer is incomplete.
   */
  organizationsInMultipleConsortia: Array<MultiConsortiumOrganization>;
  /** null for an unknown id. */
  person: Maybe<Person>;
  /** Every person the sources name, by name (at most 1000). */
  persons: Array<Person>;
  /** null for an unknown id. */
  program: Maybe<Program>;
  /** All programs by name (at most 1000). */
  programs: Array<Program>;
  /**
   * Search as people type, over names and aliases in English, Korean and Japanese: whole names first, then aliases,
   * whole words, word starts (Upsta) and typos (KIAST), each hit saying how it matched. Ranks the full-text index's
   * best 1,000 hits.
   */
  search: Array<SearchHit>;
  /** The search as a connection, ranked as search (then by id), a page at a time (default first 20), at most 1,000 hits. */
  searchConnection: SearchHitConnection;
  /**
   * Organisations most like this one by the consortia they share (memberships held on asOf; consortia in their
   * program with activeOnly; with includeAffiliates, everyone rolled up to their top-level parent), best first.
   * first: 1–100, at most 1,000 items over all pages.
   */
  similarOrganizations: SimilarOrganizationsPage;
  /** null for an unknown id. */
  source: Maybe<Source>;
  /** All sources by date; at most 1000 (a graph with more answers QUERY_TOO_COMPLEX: use sourcesConnection). */
  sources: Array<Source>;
  /** Sources by id, a page at a time (first or last: 1–1000, default first 20). */
  sourcesConnection: SourceConnection;
  /**
   * Whether the teams' standings on that day (today if omitted) are all known, over one program or all: ask it beside
   * an activeOnly question (organizationsInMultipleConsortia, Program.teams, network), whose answer counts the teams
   * known to be in as of standingKnownAsOf.
   */
  standingKnowledge: StandingKnowledge;
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryCoMembersArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryConnectionsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  includeAffiliates?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryConsortiaArgs = {
  programId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryConsortiaConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryConsortiumArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryConsortiumOverlapsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  consortia?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeAffiliates?: InputMaybe<Scalars['Boolean']['input']>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryModelArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryNetworkArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  consortia?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeAffiliates?: InputMaybe<Scalars['Boolean']['input']>;
  includeAffiliations?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<OrganizationKind>>;
  labelLanguage?: InputMaybe<NetworkLabelLanguage>;
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  projection?: InputMaybe<NetworkProjection>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryNodeArgs = {
  nodeId: Scalars['ID']['input'];
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryNodesArgs = {
  nodeIds: Array<Scalars['ID']['input']>;
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryOrganizationsInMultipleConsortiaArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  consortia?: InputMaybe<Array<Scalars['ID']['input']>>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeAffiliates?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<OrganizationKind>>;
  minConsortia?: InputMaybe<Scalars['Int']['input']>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QuerySearchConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QuerySimilarOrganizationsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  includeAffiliates?: InputMaybe<Scalars['Boolean']['input']>;
  measure?: InputMaybe<SimilarityMeasure>;
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QuerySourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Lists that can grow are paged (connections, or a first argument); see docs/relay.md. */
export type QueryStandingKnowledgeArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
};

/** A stage of a program to record, with the source that reports it (give sourceId or source). */
export type RecordStageInput = {
  /** The day it took place or is planned. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** What the source says happened. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The last day of a stage that lasts several days. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Whether every team in the program before it gets an outcome at it (an evaluation). */
  evaluatesTeams?: InputMaybe<Scalars['Boolean']['input']>;
  /** The stage's id (an existing id restates that stage). */
  id: Scalars['ID']['input'];
  /** The day a loosely dated stage is known to be over by. */
  knownBy?: InputMaybe<Scalars['Date']['input']>;
  /** What the stage is (an evaluation, a selection, a call). */
  name: Scalars['String']['input'];
  /** Its place among the program's stages, from 1 (at most 1000), unique in the program. */
  order: Scalars['Int']['input'];
  /** How the source dates it when it gives no day (e.g. August 2026). */
  period?: InputMaybe<Scalars['String']['input']>;
  /** The program it is a stage of. */
  programId: Scalars['ID']['input'];
  /** A new source that reports it. Give this or sourceId. */
  source?: InputMaybe<NewSourceInput>;
  /** An existing source that reports it. Give this or source. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether it has taken place. */
  status: StageStatus;
};

/** A team's standing after a stage to record, with the source that reports it (give sourceId or source). */
export type RecordStandingInput = {
  /** The team. */
  consortiumId: Scalars['ID']['input'];
  /** The words of the source that state it. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Why, as the source says (for an elimination). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** A new source that reports it. Give this or sourceId. */
  source?: InputMaybe<NewSourceInput>;
  /** An existing source that reports it. Give this or source. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The stage after which it stands so. */
  stageId: Scalars['ID']['input'];
  /** Where it stands, as the source reports it (not UNKNOWN). */
  status: StandingStatus;
};

/** The answer of removeMembership: ok with both ends as they are now, or an error. */
export type RemoveMembershipPayload = {
  __typename?: 'RemoveMembershipPayload';
  /** The consortium as it is now. */
  consortium: Maybe<Consortium>;
  /** Why not, when ok is false. */
  error: Maybe<MutationError>;
  /** Whether the membership was removed. */
  ok: Scalars['Boolean']['output'];
  /** The former member as it is now. */
  organization: Maybe<Organization>;
};

/** A program's RUN_BY link to the organisation that runs it, with how it is known. */
export type RunByLink = Attested & {
  __typename?: 'RunByLink';
  /** For an inferred relationship: the reasoning from the sources to it. */
  inference: Maybe<Scalars['String']['output']>;
  /** The organisation that runs the program. */
  organization: Organization;
  /** Whether a source states this or it is inferred from what sources state. */
  provenance: Provenance;
  /** The words of the first source document that states it (or that an inference rests on). */
  quote: Maybe<Scalars['String']['output']>;
  /** The words of each source document that states it, one per document. */
  quotes: Array<Scalars['String']['output']>;
  /** The sources the link rests on. */
  sources: Array<Source>;
};

/** An organisation the full-text search found, with its relevance and why it matched. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** How it matched the text. */
  matchedBy: SearchMatch;
  /** The name or alias that matched (for FUZZY, the one fewest typos away). */
  matchedName: Scalars['String']['output'];
  /** The organisation found. */
  organization: Organization;
  /** Lucene relevance: higher is a better match (hits are ranked by matchedBy first). */
  score: Scalars['Float']['output'];
};

/** A page of search hits, best match first. */
export type SearchHitConnection = {
  __typename?: 'SearchHitConnection';
  /** The hits of this page, each with its cursor. */
  edges: Array<SearchHitEdge>;
  /** Where the page starts and ends, and whether more follow. */
  pageInfo: PageInfo;
  /** Every organisation the search finds, at most 1,000 (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A search hit and its place in a SearchHitConnection. */
export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** Where this hit stands in the list: pass it as after or before. */
  cursor: Scalars['String']['output'];
  /** The hit: the organisation and its score. */
  node: SearchHit;
};

/** How a search hit matched the text, best first: search ranks hits in this order, then by score. */
export type SearchMatch =
  /** One of its aliases is the text, ignoring case and punctuation. */
  | 'ALIAS'
  /** One of its names (name, nameKo, nameJa) is the text, ignoring case and punctuation. */
  | 'EXACT'
  /** A word is within a typo or two of a word of its names (KIAST finds KAIST): one edit from 4 letters, two from 8. */
  | 'FUZZY'
  /** One of its names or aliases has a word starting with each word of the text (search as you type: Upsta). */
  | 'PREFIX'
  /** One of its names or aliases holds every word of the text as a whole word (Korean, Chinese, Japanese: as a part). */
  | 'WORDS';

/** A consortium two organisations share. */
export type SharedConsortium = {
  __typename?: 'SharedConsortium';
  /** The consortium. */
  consortium: Consortium;
  /** Its members on the day (rolled up to their top-level parents with includeAffiliates): n of 1 / ln(n). */
  members: Scalars['Int']['output'];
};

/** An organisation like the one asked about, and why. */
export type SimilarOrganization = {
  __typename?: 'SimilarOrganization';
  /** Its own consortia on the day (|B|). */
  consortiumCount: Scalars['Int']['output'];
  /** The similar organisation. */
  organization: Organization;
  /** Its score by the measure asked for: higher is more alike. */
  score: Scalars['Float']['output'];
  /** The consortia the two share, with their sizes. */
  shared: Array<SharedConsortium>;
  /** How many consortia the two share (|A ∩ B|). */
  sharedCount: Scalars['Int']['output'];
};

/** One page of similarOrganizations. */
export type SimilarOrganizationsPage = {
  __typename?: 'SimilarOrganizationsPage';
  /** Its consortia on the day (|A|). */
  consortiumCount: Scalars['Int']['output'];
  /** Cursor of this page's last item; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows (pass endCursor as after). */
  hasNextPage: Scalars['Boolean']['output'];
  /** Best first (then by name and id); empty when it shares no consortium. */
  items: Array<SimilarOrganization>;
  /** The measure the scores are in. */
  measure: SimilarityMeasure;
  /** The organisation compared: the one asked about, or its top-level parent with includeAffiliates; null if unknown. */
  organization: Maybe<Organization>;
};

/** How similarOrganizations scores organisation A against B, by the sets of consortia each is in on the day. */
export type SimilarityMeasure =
  /** Adamic–Adar: the sum over shared consortia c of 1 / ln(members of c); a small shared consortium counts more. */
  | 'ADAMIC_ADAR'
  /** Jaccard: |A ∩ B| / |A ∪ B|, the share of their consortia they have in common (0–1). */
  | 'JACCARD';

/** Where a fact comes from: a news article, an official report, or an imported file. */
export type Source = Node & {
  __typename?: 'Source';
  /** For an import: the SHA-256 of the imported file. */
  contentHash: Maybe<Scalars['String']['output']>;
  /** The day it was published. */
  date: Maybe<Scalars['Date']['output']>;
  /** The source document in the project's sources folder that this source was transcribed from. */
  document: Maybe<Scalars['String']['output']>;
  /** The source's own id, e.g. koreawave-2025-08-05. */
  id: Scalars['ID']['output'];
  /** ISO 639-1 language code of the document (ja, ko, en). */
  language: Maybe<Scalars['String']['output']>;
  /** An opaque global id, unique across types. */
  nodeId: Scalars['ID']['output'];
  /** Who published it (a newspaper, a ministry, a data portal). */
  publisher: Maybe<Scalars['String']['output']>;
  /** The document's title as it is published. */
  title: Scalars['String']['output'];
  /** Where it can be read. */
  url: Maybe<Scalars['String']['output']>;
};

/** A page of sources, by id. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The sources of this page, each with its cursor. */
  edges: Array<SourceEdge>;
  /** Where the page starts and ends, and whether more follow. */
  pageInfo: PageInfo;
  /** Every source of the graph (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A source and its place in a SourceConnection. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Where this source stands in the list: pass it as after or before. */
  cursor: Scalars['String']['output'];
  /** The source. */
  node: Source;
};

/** A dated event of a program (an evaluation, a call, a selection). */
export type Stage = Node & {
  __typename?: 'Stage';
  /** The day it took place or is planned, when the sources give one. */
  date: Maybe<Scalars['Date']['output']>;
  /** What the sources say happened. */
  description: Maybe<Scalars['String']['output']>;
  /** The last day of a stage that lasts several days. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** Whether every team in the program before this stage gets an outcome at it (an evaluation): once its day has passed, a team with no standing recorded at it is UNKNOWN. */
  evaluatesTeams: Scalars['Boolean']['output'];
  /** Its own id. */
  id: Scalars['ID']['output'];
  /** The day a loosely dated stage is known to be over by. */
  knownBy: Maybe<Scalars['Date']['output']>;
  /** What the stage is (an evaluation, a selection, a call). */
  name: Scalars['String']['output'];
  /** An opaque global id, unique across types. */
  nodeId: Scalars['ID']['output'];
  /** Its place among the program's stages, from 1. */
  order: Scalars['Int']['output'];
  /** How the sources date a stage they give no day for. */
  period: Maybe<Scalars['String']['output']>;
  /** The sources about it. */
  sources: Array<Source>;
  /** Each consortium's standing after it. */
  standings: Array<Standing>;
  /** Whether it has taken place. */
  status: StageStatus;
};

/** What recordStage answers. */
export type StagePayload = {
  __typename?: 'StagePayload';
  /** Why not, when ok is false. */
  error: Maybe<MutationError>;
  /** Whether the stage was recorded. */
  ok: Scalars['Boolean']['output'];
  /** The stage recorded, when ok is true. */
  stage: Maybe<Stage>;
};

/** Whether a stage of a program has taken place. */
export type StageStatus =
  /** It has taken place. */
  | 'HELD'
  /** It is announced and has not taken place yet. */
  | 'PLANNED';

/** A consortium's standing after a stage: selected, eliminated (with the reason), added... */
export type Standing = Attested & {
  __typename?: 'Standing';
  /** The consortium. */
  consortium: Consortium;
  /** The day the standing took effect: the stage's date, or the day it is known to be over by. */
  date: Maybe<Scalars['Date']['output']>;
  /** For an inferred relationship: the reasoning from the sources to it. */
  inference: Maybe<Scalars['String']['output']>;
  /** For an UNKNOWN standing: the last standing a source reports (null otherwise). */
  lastKnown: Maybe<Standing>;
  /** Whether a source states this or it is inferred from what sources state. */
  provenance: Provenance;
  /** The words of the first source document that states it (or that an inference rests on). */
  quote: Maybe<Scalars['String']['output']>;
  /** The words of each source document that states it, one per document. */
  quotes: Array<Scalars['String']['output']>;
  /** Why, as the sources say (for an elimination); for UNKNOWN: no source reports the result. */
  reason: Maybe<Scalars['String']['output']>;
  /** The sources that state it. */
  sources: Array<Source>;
  /** The stage after which it stood so. */
  stage: Stage;
  /** Where it stood. */
  status: StandingStatus;
};

/** A team whose standing in force on `from` differs from the one on `to`. */
export type StandingChange = {
  __typename?: 'StandingChange';
  /** Its standing on `to`, with the sources that report it. */
  after: Maybe<Standing>;
  /** Its standing on `from` (null if it had none yet). */
  before: Maybe<Standing>;
  /** The team. */
  consortium: Consortium;
};

/** What is known of the teams' standings on a day: every one, or only as of an earlier day. */
export type StandingKnowledge = {
  __typename?: 'StandingKnowledge';
  /** The day asked about (today if none was given). */
  asOf: Scalars['Date']['output'];
  /** True when every team's standing on that day is known: no stage that evaluates them has passed unreported. */
  complete: Scalars['Boolean']['output'];
  /** The day the standings are known as of: asOf when complete, else the day of the last stage with a reported result before the first unresolved one. */
  standingKnownAsOf: Maybe<Scalars['Date']['output']>;
  /** The stages whose day has passed with no result reported for teams they evaluate, in stage order. */
  unresolvedStages: Array<UnresolvedStage>;
};

/** What recordStanding answers. */
export type StandingPayload = {
  __typename?: 'StandingPayload';
  /** Why not, when ok is false. */
  error: Maybe<MutationError>;
  /** Whether the standing was recorded. */
  ok: Scalars['Boolean']['output'];
  /** The standing recorded, when ok is true. */
  standing: Maybe<Standing>;
};

/** Where a consortium stands in its program after a stage. */
export type StandingStatus =
  /** Joined the program after the selection (a supplementary call). */
  | 'ADDED'
  /** Passed an evaluation and stays in the program. */
  | 'ADVANCED'
  /** Applied to the program. */
  | 'APPLIED'
  /** Left the program after an evaluation (the reason says why). */
  | 'ELIMINATED'
  /** Shortlisted, and not selected. */
  | 'NOT_SELECTED'
  /** Applied, and not shortlisted. */
  | 'NOT_SHORTLISTED'
  /** Selected into the program. */
  | 'SELECTED'
  /** On the shortlist of applicants. */
  | 'SHORTLISTED'
  /** Answered, never recorded: a stage that evaluates the teams has passed (the standing's `stage`) and no source reports the result; `lastKnown` is the last reported standing. */
  | 'UNKNOWN';

/** How the KOREA WAVE article classifies a consortium's strategy. */
export type Strategy =
  /** A platform and models for chosen industries. */
  | 'HYBRID'
  /** Models for the industries of its members. */
  | 'INDUSTRY_SPECIALISED'
  /** A general-purpose model offered as a platform to others. */
  | 'PLATFORM';

/** A stage whose day has passed with no reported result for some of the teams it evaluates. */
export type UnresolvedStage = {
  __typename?: 'UnresolvedStage';
  /** Why the result is unknown: no source reports the result. */
  reason: Scalars['String']['output'];
  /** The stage. */
  stage: Stage;
  /** The teams whose standing after it no source reports (their standing is UNKNOWN). */
  teams: Array<Consortium>;
};

/** A consortium to create, or the fields of an existing one to change (by id). */
export type UpsertConsortiumInput = {
  /** The day its work ends. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** A stable readable slug: letters, digits, '.', '-', '_'. */
  id: Scalars['ID']['input'];
  /** The team's name in English. */
  name: Scalars['String']['input'];
  /** The program it belongs to (an existing program's id). */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** The day its work starts. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** An organisation to create, or the fields of an existing one to change (by id). */
export type UpsertOrganizationInput = {
  /** Other names it goes by; given, they replace the list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 3166-1 alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** A stable readable slug: letters, digits, '.', '-', '_'. */
  id: Scalars['ID']['input'];
  /**
   * The kind as text, in any case, checked as data (a wrong kind is an INVALID_INPUT error naming the kinds).
   * @deprecated Use organizationKind, which takes the OrganizationKind enum the output gives.
   */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** The English canonical name. */
  name: Scalars['String']['input'];
  /** The name as Japanese sources write it. */
  nameJa?: InputMaybe<Scalars['String']['input']>;
  /** The name as Korean sources write it. */
  nameKo?: InputMaybe<Scalars['String']['input']>;
  /** What kind of body it is. Give this (or the deprecated kind). */
  organizationKind?: InputMaybe<OrganizationKind>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Attested:
    | ( LinkModel )
    | ( MembershipModel )
    | ( ModelDeveloperModel )
    | ( LinkModel )
    | ( PositionModel )
    | ( LinkModel )
    | ( StandingModel )
  ;
  Node:
    | ( ConsortiumModel )
    | ( FactModel )
    | ( ModelModel )
    | ( OrganizationModel )
    | ( PersonModel )
    | ( ProgramModel )
    | ( SourceModel )
    | ( StageModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddMembershipInput: AddMembershipInput;
  Attested: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Attested']>;
  BasedOnLink: ResolverTypeWrapper<LinkModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Changes: ResolverTypeWrapper<ChangesModel>;
  CoMember: ResolverTypeWrapper<CoMemberModel>;
  ConnectionHop: ResolverTypeWrapper<ConnectionHopModel>;
  ConnectionPath: ResolverTypeWrapper<ConnectionPathModel>;
  Connections: ResolverTypeWrapper<ConnectionsModel>;
  ConnectionsOutcome: ConnectionsOutcome;
  Consortium: ResolverTypeWrapper<ConsortiumModel>;
  ConsortiumConnection: ResolverTypeWrapper<ConsortiumConnectionModel>;
  ConsortiumEdge: ResolverTypeWrapper<Omit<ConsortiumEdge, 'node'> & { node: ResolversTypes['Consortium'] }>;
  ConsortiumOverlap: ResolverTypeWrapper<ConsortiumOverlapModel>;
  ConsortiumPayload: ResolverTypeWrapper<Omit<ConsortiumPayload, 'consortium'> & { consortium?: Maybe<ResolversTypes['Consortium']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EndMembershipInput: EndMembershipInput;
  Fact: ResolverTypeWrapper<FactModel>;
  FactKind: FactKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MemberList: ResolverTypeWrapper<MemberListModel>;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipChange: ResolverTypeWrapper<MembershipChangeModel>;
  MembershipChangeKind: MembershipChangeKind;
  MembershipConnection: ResolverTypeWrapper<MembershipConnectionModel>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  MembershipPayload: ResolverTypeWrapper<Omit<MembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  MembershipRole: MembershipRole;
  Model: ResolverTypeWrapper<ModelModel>;
  ModelDeveloper: ResolverTypeWrapper<ModelDeveloperModel>;
  MultiConsortiumOrganization: ResolverTypeWrapper<MultiConsortiumModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MutationError: ResolverTypeWrapper<MutationError>;
  MutationErrorCode: MutationErrorCode;
  Network: ResolverTypeWrapper<Network>;
  NetworkEdge: ResolverTypeWrapper<NetworkEdge>;
  NetworkEdgeType: NetworkEdgeType;
  NetworkLabelLanguage: NetworkLabelLanguage;
  NetworkNode: ResolverTypeWrapper<NetworkNode>;
  NetworkNodeType: NetworkNodeType;
  NetworkProjection: NetworkProjection;
  NewSourceInput: NewSourceInput;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationConnection: ResolverTypeWrapper<OrganizationConnectionModel>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  OrganizationOrder: OrganizationOrder;
  OrganizationOrderField: OrganizationOrderField;
  OrganizationPayload: ResolverTypeWrapper<Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartOfLink: ResolverTypeWrapper<LinkModel>;
  PathAffiliationLink: ResolverTypeWrapper<PathAffiliationLinkModel>;
  Person: ResolverTypeWrapper<PersonModel>;
  Position: ResolverTypeWrapper<PositionModel>;
  Program: ResolverTypeWrapper<ProgramModel>;
  Provenance: Provenance;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordStageInput: RecordStageInput;
  RecordStandingInput: RecordStandingInput;
  RemoveMembershipPayload: ResolverTypeWrapper<Omit<RemoveMembershipPayload, 'consortium' | 'organization'> & { consortium?: Maybe<ResolversTypes['Consortium']>, organization?: Maybe<ResolversTypes['Organization']> }>;
  RunByLink: ResolverTypeWrapper<LinkModel>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SearchHitConnection: ResolverTypeWrapper<SearchHitConnectionModel>;
  SearchHitEdge: ResolverTypeWrapper<Omit<SearchHitEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchMatch: SearchMatch;
  SharedConsortium: ResolverTypeWrapper<SharedConsortiumModel>;
  SimilarOrganization: ResolverTypeWrapper<SimilarOrganizationModel>;
  SimilarOrganizationsPage: ResolverTypeWrapper<SimilarityPageModel>;
  SimilarityMeasure: SimilarityMeasure;
  Source: ResolverTypeWrapper<SourceModel>;
  SourceConnection: ResolverTypeWrapper<SourceConnectionModel>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  Stage: ResolverTypeWrapper<StageModel>;
  StagePayload: ResolverTypeWrapper<Omit<StagePayload, 'stage'> & { stage?: Maybe<ResolversTypes['Stage']> }>;
  StageStatus: StageStatus;
  Standing: ResolverTypeWrapper<StandingModel>;
  StandingChange: ResolverTypeWrapper<StandingChangeModel>;
  StandingKnowledge: ResolverTypeWrapper<StandingKnowledgeModel>;
  StandingPayload: ResolverTypeWrapper<Omit<StandingPayload, 'standing'> & { standing?: Maybe<ResolversTypes['Standing']> }>;
  StandingStatus: StandingStatus;
  Strategy: Strategy;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UnresolvedStage: ResolverTypeWrapper<UnresolvedStageModel>;
  UpsertConsortiumInput: UpsertConsortiumInput;
  UpsertOrganizationInput: UpsertOrganizationInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddMembershipInput: AddMembershipInput;
  Attested: ResolversInterfaceTypes<ResolversParentTypes>['Attested'];
  BasedOnLink: LinkModel;
  Boolean: Scalars['Boolean']['output'];
  Changes: ChangesModel;
  CoMember: CoMemberModel;
  ConnectionHop: ConnectionHopModel;
  ConnectionPath: ConnectionPathModel;
  Connections: ConnectionsModel;
  Consortium: ConsortiumModel;
  ConsortiumConnection: ConsortiumConnectionModel;
  ConsortiumEdge: Omit<ConsortiumEdge, 'node'> & { node: ResolversParentTypes['Consortium'] };
  ConsortiumOverlap: ConsortiumOverlapModel;
  ConsortiumPayload: Omit<ConsortiumPayload, 'consortium'> & { consortium?: Maybe<ResolversParentTypes['Consortium']> };
  Date: Scalars['Date']['output'];
  EndMembershipInput: EndMembershipInput;
  Fact: FactModel;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MemberList: MemberListModel;
  Membership: MembershipModel;
  MembershipChange: MembershipChangeModel;
  MembershipConnection: MembershipConnectionModel;
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  MembershipPayload: Omit<MembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  Model: ModelModel;
  ModelDeveloper: ModelDeveloperModel;
  MultiConsortiumOrganization: MultiConsortiumModel;
  Mutation: Record<PropertyKey, never>;
  MutationError: MutationError;
  Network: Network;
  NetworkEdge: NetworkEdge;
  NetworkNode: NetworkNode;
  NewSourceInput: NewSourceInput;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationModel;
  OrganizationConnection: OrganizationConnectionModel;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationOrder: OrganizationOrder;
  OrganizationPayload: Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  PageInfo: PageInfo;
  PartOfLink: LinkModel;
  PathAffiliationLink: PathAffiliationLinkModel;
  Person: PersonModel;
  Position: PositionModel;
  Program: ProgramModel;
  Query: Record<PropertyKey, never>;
  RecordStageInput: RecordStageInput;
  RecordStandingInput: RecordStandingInput;
  RemoveMembershipPayload: Omit<RemoveMembershipPayload, 'consortium' | 'organization'> & { consortium?: Maybe<ResolversParentTypes['Consortium']>, organization?: Maybe<ResolversParentTypes['Organization']> };
  RunByLink: LinkModel;
  SearchHit: SearchHitModel;
  SearchHitConnection: SearchHitConnectionModel;
  SearchHitEdge: Omit<SearchHitEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SharedConsortium: SharedConsortiumModel;
  SimilarOrganization: SimilarOrganizationModel;
  SimilarOrganizationsPage: SimilarityPageModel;
  Source: SourceModel;
  SourceConnection: SourceConnectionModel;
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  Stage: StageModel;
  StagePayload: Omit<StagePayload, 'stage'> & { stage?: Maybe<ResolversParentTypes['Stage']> };
  Standing: StandingModel;
  StandingChange: StandingChangeModel;
  StandingKnowledge: StandingKnowledgeModel;
  StandingPayload: Omit<StandingPayload, 'standing'> & { standing?: Maybe<ResolversParentTypes['Standing']> };
  String: Scalars['String']['output'];
  UnresolvedStage: UnresolvedStageModel;
  UpsertConsortiumInput: UpsertConsortiumInput;
  UpsertOrganizationInput: UpsertOrganizationInput;
};

export type AttestedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Attested'] = ResolversParentTypes['Attested']> = {
  __resolveType: TypeResolveFn<'BasedOnLink' | 'Membership' | 'ModelDeveloper' | 'PartOfLink' | 'Position' | 'RunByLink' | 'Standing', ParentType, ContextType>;
};

export type BasedOnLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BasedOnLink'] = ResolversParentTypes['BasedOnLink']> = {
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['Model'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChangesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Changes'] = ResolversParentTypes['Changes']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['MembershipChange']>, ParentType, ContextType>;
  membershipsEndCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  membershipsHasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['Stage']>, ParentType, ContextType>;
  standings?: Resolver<Array<ResolversTypes['StandingChange']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CoMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoMember'] = ResolversParentTypes['CoMember']> = {
  consortia?: Resolver<Array<ResolversTypes['Consortium']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  sharedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConnectionHopResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConnectionHop'] = ResolversParentTypes['ConnectionHop']> = {
  consortium?: Resolver<Maybe<ResolversTypes['Consortium']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  fromMembership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['PathAffiliationLink']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  toMembership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
};

export type ConnectionPathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConnectionPath'] = ResolversParentTypes['ConnectionPath']> = {
  hops?: Resolver<Array<ResolversTypes['ConnectionHop']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type ConnectionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Connections'] = ResolversParentTypes['Connections']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  explored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  length?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ConnectionsOutcome'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['ConnectionPath']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsortiumResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Consortium'] = ResolversParentTypes['Consortium']> = {
  ecMaxContribution?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  frameworkProgramme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberLists?: Resolver<Array<ResolversTypes['MemberList']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<ConsortiumMembersArgs>>;
  membersConnection?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, Partial<ConsortiumMembersConnectionArgs>>;
  models?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  officialMemberCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  programmePart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slogan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sloganSources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  standing?: Resolver<Maybe<ResolversTypes['Standing']>, ParentType, ContextType, Partial<ConsortiumStandingArgs>>;
  standings?: Resolver<Array<ResolversTypes['Standing']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  strategy?: Resolver<Maybe<ResolversTypes['Strategy']>, ParentType, ContextType>;
  strategySources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  targetModelSizes?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCost?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConsortiumConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConsortiumConnection'] = ResolversParentTypes['ConsortiumConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConsortiumEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsortiumEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConsortiumEdge'] = ResolversParentTypes['ConsortiumEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Consortium'], ParentType, ContextType>;
};

export type ConsortiumOverlapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConsortiumOverlap'] = ResolversParentTypes['ConsortiumOverlap']> = {
  a?: Resolver<ResolversTypes['Consortium'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Consortium'], ParentType, ContextType>;
  shared?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  sharedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsortiumPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConsortiumPayload'] = ResolversParentTypes['ConsortiumPayload']> = {
  consortium?: Resolver<Maybe<ResolversTypes['Consortium']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type FactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FactKind'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MemberListResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberList'] = ResolversParentTypes['MemberList']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consortium?: Resolver<ResolversTypes['Consortium'], ParentType, ContextType>;
  ecContribution?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  netEcContribution?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  totalCost?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MembershipChange'] = ResolversParentTypes['MembershipChange']> = {
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MembershipChangeKind'], ParentType, ContextType>;
  membership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type MembershipPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MembershipPayload'] = ResolversParentTypes['MembershipPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ModelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Model'] = ResolversParentTypes['Model']> = {
  basedOn?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  bases?: Resolver<Array<ResolversTypes['BasedOnLink']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  developers?: Resolver<Array<ResolversTypes['ModelDeveloper']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openSource?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  parameters?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ModelDeveloperResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModelDeveloper'] = ResolversParentTypes['ModelDeveloper']> = {
  consortium?: Resolver<Maybe<ResolversTypes['Consortium']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MultiConsortiumOrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MultiConsortiumOrganization'] = ResolversParentTypes['MultiConsortiumOrganization']> = {
  consortia?: Resolver<Array<ResolversTypes['Consortium']>, ParentType, ContextType>;
  consortiumCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countedAffiliates?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addMembership?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationAddMembershipArgs, 'input'>>;
  endMembership?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationEndMembershipArgs, 'input'>>;
  linkAffiliate?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationLinkAffiliateArgs, 'childId' | 'parentId' | 'sourceId'>>;
  mergeOrganizations?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationMergeOrganizationsArgs, 'keepId' | 'mergeIds'>>;
  recordStage?: Resolver<ResolversTypes['StagePayload'], ParentType, ContextType, RequireFields<MutationRecordStageArgs, 'input'>>;
  recordStanding?: Resolver<ResolversTypes['StandingPayload'], ParentType, ContextType, RequireFields<MutationRecordStandingArgs, 'input'>>;
  removeMembership?: Resolver<ResolversTypes['RemoveMembershipPayload'], ParentType, ContextType, RequireFields<MutationRemoveMembershipArgs, 'consortiumId' | 'organizationId'>>;
  upsertConsortium?: Resolver<ResolversTypes['ConsortiumPayload'], ParentType, ContextType, RequireFields<MutationUpsertConsortiumArgs, 'input'>>;
  upsertOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpsertOrganizationArgs, 'input'>>;
};

export type MutationErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MutationError'] = ResolversParentTypes['MutationError']> = {
  code?: Resolver<ResolversTypes['MutationErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NetworkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
  projection?: Resolver<ResolversTypes['NetworkProjection'], ParentType, ContextType>;
};

export type NetworkEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['MembershipRole']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NetworkEdgeType'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NetworkNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NetworkNode'] = ResolversParentTypes['NetworkNode']> = {
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  consortiumCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['OrganizationKind']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NetworkNodeType'], ParentType, ContextType>;
  weightedDegree?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Consortium' | 'Fact' | 'Model' | 'Organization' | 'Person' | 'Program' | 'Source' | 'Stage', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  affiliates?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  consortia?: Resolver<Array<ResolversTypes['Consortium']>, ParentType, ContextType, Partial<OrganizationConsortiaArgs>>;
  consortiumCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<OrganizationMembershipsArgs>>;
  membershipsConnection?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, Partial<OrganizationMembershipsConnectionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameKo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['PartOfLink']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  totalEcContribution?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrganizationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationPayload'] = ResolversParentTypes['OrganizationPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartOfLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartOfLink'] = ResolversParentTypes['PartOfLink']> = {
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PathAffiliationLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PathAffiliationLink'] = ResolversParentTypes['PathAffiliationLink']> = {
  child?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  parent?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameKo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PositionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameKo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  runBy?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  runByLink?: Resolver<Maybe<ResolversTypes['RunByLink']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['Stage']>, ParentType, ContextType>;
  standingKnowledge?: Resolver<ResolversTypes['StandingKnowledge'], ParentType, ContextType, Partial<ProgramStandingKnowledgeArgs>>;
  teams?: Resolver<Array<ResolversTypes['Standing']>, ParentType, ContextType, RequireFields<ProgramTeamsArgs, 'activeOnly'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  changes?: Resolver<ResolversTypes['Changes'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first' | 'from' | 'to'>>;
  coMembers?: Resolver<Array<ResolversTypes['CoMember']>, ParentType, ContextType, RequireFields<QueryCoMembersArgs, 'activeOnly' | 'first' | 'organizationId'>>;
  connections?: Resolver<ResolversTypes['Connections'], ParentType, ContextType, RequireFields<QueryConnectionsArgs, 'activeOnly' | 'first' | 'from' | 'includeAffiliates' | 'maxHops' | 'to'>>;
  consortia?: Resolver<Array<ResolversTypes['Consortium']>, ParentType, ContextType, Partial<QueryConsortiaArgs>>;
  consortiaConnection?: Resolver<ResolversTypes['ConsortiumConnection'], ParentType, ContextType, Partial<QueryConsortiaConnectionArgs>>;
  consortium?: Resolver<Maybe<ResolversTypes['Consortium']>, ParentType, ContextType, RequireFields<QueryConsortiumArgs, 'id'>>;
  consortiumOverlaps?: Resolver<Array<ResolversTypes['ConsortiumOverlap']>, ParentType, ContextType, RequireFields<QueryConsortiumOverlapsArgs, 'activeOnly' | 'includeAffiliates'>>;
  model?: Resolver<Maybe<ResolversTypes['Model']>, ParentType, ContextType, RequireFields<QueryModelArgs, 'id'>>;
  models?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<QueryNetworkArgs, 'activeOnly' | 'includeAffiliates' | 'includeAffiliations' | 'labelLanguage' | 'projection'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'nodeId'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'nodeIds'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  organizationsInMultipleConsortia?: Resolver<Array<ResolversTypes['MultiConsortiumOrganization']>, ParentType, ContextType, RequireFields<QueryOrganizationsInMultipleConsortiaArgs, 'activeOnly' | 'first' | 'includeAffiliates' | 'minConsortia'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  persons?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<QueryProgramArgs, 'id'>>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  searchConnection?: Resolver<ResolversTypes['SearchHitConnection'], ParentType, ContextType, RequireFields<QuerySearchConnectionArgs, 'text'>>;
  similarOrganizations?: Resolver<ResolversTypes['SimilarOrganizationsPage'], ParentType, ContextType, RequireFields<QuerySimilarOrganizationsArgs, 'activeOnly' | 'first' | 'id' | 'includeAffiliates' | 'measure'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  sourcesConnection?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, Partial<QuerySourcesConnectionArgs>>;
  standingKnowledge?: Resolver<ResolversTypes['StandingKnowledge'], ParentType, ContextType, Partial<QueryStandingKnowledgeArgs>>;
};

export type RemoveMembershipPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveMembershipPayload'] = ResolversParentTypes['RemoveMembershipPayload']> = {
  consortium?: Resolver<Maybe<ResolversTypes['Consortium']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type RunByLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunByLink'] = ResolversParentTypes['RunByLink']> = {
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  matchedBy?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  matchedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchHitConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHitConnection'] = ResolversParentTypes['SearchHitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type SharedConsortiumResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SharedConsortium'] = ResolversParentTypes['SharedConsortium']> = {
  consortium?: Resolver<ResolversTypes['Consortium'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SimilarOrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SimilarOrganization'] = ResolversParentTypes['SimilarOrganization']> = {
  consortiumCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shared?: Resolver<Array<ResolversTypes['SharedConsortium']>, ParentType, ContextType>;
  sharedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SimilarOrganizationsPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SimilarOrganizationsPage'] = ResolversParentTypes['SimilarOrganizationsPage']> = {
  consortiumCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['SimilarOrganization']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['SimilarityMeasure'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  contentHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type StageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stage'] = ResolversParentTypes['Stage']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evaluatesTeams?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  knownBy?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  standings?: Resolver<Array<ResolversTypes['Standing']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StageStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StagePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StagePayload'] = ResolversParentTypes['StagePayload']> = {
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
};

export type StandingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Standing'] = ResolversParentTypes['Standing']> = {
  consortium?: Resolver<ResolversTypes['Consortium'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastKnown?: Resolver<Maybe<ResolversTypes['Standing']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StandingStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StandingChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StandingChange'] = ResolversParentTypes['StandingChange']> = {
  after?: Resolver<Maybe<ResolversTypes['Standing']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Standing']>, ParentType, ContextType>;
  consortium?: Resolver<ResolversTypes['Consortium'], ParentType, ContextType>;
};

export type StandingKnowledgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StandingKnowledge'] = ResolversParentTypes['StandingKnowledge']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  standingKnownAsOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  unresolvedStages?: Resolver<Array<ResolversTypes['UnresolvedStage']>, ParentType, ContextType>;
};

export type StandingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StandingPayload'] = ResolversParentTypes['StandingPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  standing?: Resolver<Maybe<ResolversTypes['Standing']>, ParentType, ContextType>;
};

export type UnresolvedStageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnresolvedStage'] = ResolversParentTypes['UnresolvedStage']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['Consortium']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Attested?: AttestedResolvers<ContextType>;
  BasedOnLink?: BasedOnLinkResolvers<ContextType>;
  Changes?: ChangesResolvers<ContextType>;
  CoMember?: CoMemberResolvers<ContextType>;
  ConnectionHop?: ConnectionHopResolvers<ContextType>;
  ConnectionPath?: ConnectionPathResolvers<ContextType>;
  Connections?: ConnectionsResolvers<ContextType>;
  Consortium?: ConsortiumResolvers<ContextType>;
  ConsortiumConnection?: ConsortiumConnectionResolvers<ContextType>;
  ConsortiumEdge?: ConsortiumEdgeResolvers<ContextType>;
  ConsortiumOverlap?: ConsortiumOverlapResolvers<ContextType>;
  ConsortiumPayload?: ConsortiumPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Fact?: FactResolvers<ContextType>;
  MemberList?: MemberListResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipChange?: MembershipChangeResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  MembershipPayload?: MembershipPayloadResolvers<ContextType>;
  Model?: ModelResolvers<ContextType>;
  ModelDeveloper?: ModelDeveloperResolvers<ContextType>;
  MultiConsortiumOrganization?: MultiConsortiumOrganizationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MutationError?: MutationErrorResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartOfLink?: PartOfLinkResolvers<ContextType>;
  PathAffiliationLink?: PathAffiliationLinkResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoveMembershipPayload?: RemoveMembershipPayloadResolvers<ContextType>;
  RunByLink?: RunByLinkResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitConnection?: SearchHitConnectionResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  SharedConsortium?: SharedConsortiumResolvers<ContextType>;
  SimilarOrganization?: SimilarOrganizationResolvers<ContextType>;
  SimilarOrganizationsPage?: SimilarOrganizationsPageResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  Stage?: StageResolvers<ContextType>;
  StagePayload?: StagePayloadResolvers<ContextType>;
  Standing?: StandingResolvers<ContextType>;
  StandingChange?: StandingChangeResolvers<ContextType>;
  StandingKnowledge?: StandingKnowledgeResolvers<ContextType>;
  StandingPayload?: StandingPayloadResolvers<ContextType>;
  UnresolvedStage?: UnresolvedStageResolvers<ContextType>;
};

