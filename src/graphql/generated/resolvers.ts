import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationModel, ConsortiumModel, MembershipModel, SourceModel, FactModel, ProgramModel, StageModel, StandingModel, PersonModel, PositionModel, ModelModel, ModelDeveloperModel, MemberListModel, MultiConsortiumModel, CoMemberModel, ConsortiumOverlapModel, SearchHitModel } from '../../model/models';
import type { OrganizationConnectionModel } from '../../model/connection';
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

export type AddMembershipInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  consortiumId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
  role?: MembershipRole;
  since?: InputMaybe<Scalars['Date']['input']>;
  /** A new source that states the membership. Give this or sourceId. */
  source?: InputMaybe<NewSourceInput>;
  /** An existing source that states the membership. Give this or source. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};

export type CoMember = {
  __typename?: 'CoMember';
  consortia: Array<Consortium>;
  organization: Organization;
  /** How many consortia it shares with the organisation asked about. */
  sharedCount: Scalars['Int']['output'];
};

/** A team of organisations (one per team in a program, or one per project in imported data). */
export type Consortium = {
  __typename?: 'Consortium';
  endDate: Maybe<Scalars['Date']['output']>;
  facts: Array<Fact>;
  goals: Array<Fact>;
  id: Scalars['ID']['output'];
  lead: Maybe<Organization>;
  memberCount: Scalars['Int']['output'];
  /** For each source that lists the members: whether its list is complete or ends in "etc.". */
  memberLists: Array<MemberList>;
  members: Array<Membership>;
  models: Array<Model>;
  name: Scalars['String']['output'];
  program: Maybe<Program>;
  slogan: Maybe<Scalars['String']['output']>;
  sloganSources: Array<Source>;
  /** The standing in force on that day (today if omitted); null before the consortium is known. */
  standing: Maybe<Standing>;
  /** Every standing in its program, in stage order. */
  standings: Array<Standing>;
  startDate: Maybe<Scalars['Date']['output']>;
  /** Nothing where the source gives none. */
  strategy: Maybe<Strategy>;
  strategySources: Array<Source>;
  targetModelSizes: Array<Fact>;
};


/** A team of organisations (one per team in a program, or one per project in imported data). */
export type ConsortiumMembersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  role?: InputMaybe<MembershipRole>;
};


/** A team of organisations (one per team in a program, or one per project in imported data). */
export type ConsortiumStandingArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type ConsortiumOverlap = {
  __typename?: 'ConsortiumOverlap';
  a: Consortium;
  b: Consortium;
  shared: Array<Organization>;
  sharedCount: Scalars['Int']['output'];
};

export type ConsortiumPayload = {
  __typename?: 'ConsortiumPayload';
  consortium: Maybe<Consortium>;
  error: Maybe<MutationError>;
  ok: Scalars['Boolean']['output'];
};

/** A statement a source makes about an organisation, consortium, program or model, with its words. */
export type Fact = {
  __typename?: 'Fact';
  id: Scalars['ID']['output'];
  kind: FactKind;
  /** The words of the source document it comes from. */
  quote: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  /** The statement, in English. */
  text: Scalars['String']['output'];
};

export type FactKind =
  | 'EVALUATION'
  | 'GOAL'
  | 'MODEL_SIZE'
  | 'NOTE';

export type MemberList = {
  __typename?: 'MemberList';
  complete: Scalars['Boolean']['output'];
  quote: Maybe<Scalars['String']['output']>;
  source: Source;
};

/** An organisation's membership of a consortium, with the sources that state it. */
export type Membership = {
  __typename?: 'Membership';
  /** How the source groups the member (technology partner, academic, industry partner, ...). */
  category: Maybe<Scalars['String']['output']>;
  consortium: Consortium;
  note: Maybe<Scalars['String']['output']>;
  organization: Organization;
  role: MembershipRole;
  /** The first day the membership is known to hold. */
  since: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  /** The last day it held, if it ended. */
  until: Maybe<Scalars['Date']['output']>;
};

export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  error: Maybe<MutationError>;
  membership: Maybe<Membership>;
  ok: Scalars['Boolean']['output'];
};

export type MembershipRole =
  | 'LEAD'
  | 'MEMBER';

/** A foundation model that a consortium or organisation develops. */
export type Model = {
  __typename?: 'Model';
  basedOn: Array<Model>;
  description: Maybe<Scalars['String']['output']>;
  developers: Array<ModelDeveloper>;
  facts: Array<Fact>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  openSource: Maybe<Scalars['Boolean']['output']>;
  parameters: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

export type ModelDeveloper = {
  __typename?: 'ModelDeveloper';
  consortium: Maybe<Consortium>;
  organization: Maybe<Organization>;
  sources: Array<Source>;
};

export type MultiConsortiumOrganization = {
  __typename?: 'MultiConsortiumOrganization';
  consortia: Array<Consortium>;
  consortiumCount: Scalars['Int']['output'];
  /** With includeAffiliates: the affiliated bodies whose memberships were counted for the organisation. */
  countedAffiliates: Array<Organization>;
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
  /** Records that childId is part of parentId (e.g. a university's foundation), citing a source. */
  linkAffiliate: OrganizationPayload;
  /**
   * Merges duplicates into keepId: every membership (two of the same consortium become one citing
   * both sources), fact, position, PART_OF, model and program moves to it; the merged names and ids
   * become its aliases, and the merged nodes are deleted (their ids no longer resolve).
   */
  mergeOrganizations: OrganizationPayload;
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
  code: MutationErrorCode;
  /** The input field at fault, when there is one. */
  field: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

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
  edges: Array<NetworkEdge>;
  nodes: Array<NetworkNode>;
  projection: NetworkProjection;
};

export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  /** MEMBERSHIP only: how the source groups the member. */
  category: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** MEMBERSHIP only. */
  role: Maybe<MembershipRole>;
  /** The organisation (MEMBERSHIP, CO_MEMBERSHIP) or the part (AFFILIATION). */
  source: Scalars['ID']['output'];
  /** The consortium (MEMBERSHIP), the other organisation (CO_MEMBERSHIP) or the whole (AFFILIATION). */
  target: Scalars['ID']['output'];
  type: NetworkEdgeType;
  /** CO_MEMBERSHIP: the number of consortia shared; otherwise 1. */
  weight: Scalars['Float']['output'];
};

export type NetworkEdgeType =
  /** An organisation is part of another (PART_OF), e.g. a cooperation foundation of its university. */
  | 'AFFILIATION'
  | 'CO_MEMBERSHIP'
  | 'MEMBERSHIP';

/** Which name labels the nodes. */
export type NetworkLabelLanguage =
  /** The English canonical name. */
  | 'EN'
  /** The Japanese name, or the English one where the sources give none. */
  | 'JA'
  /** The Korean name, or the English one where the sources give none. */
  | 'KO';

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
  degree: Scalars['Int']['output'];
  /** The organisation's or consortium's own id (for organization(id:) and consortium(id:)). */
  entityId: Scalars['ID']['output'];
  /** Unique across types: org:<id> or consortium:<id>. */
  id: Scalars['ID']['output'];
  /** Organisations only. */
  kind: Maybe<OrganizationKind>;
  label: Scalars['String']['output'];
  type: NetworkNodeType;
  /** Sum of the weights of its edges. */
  weightedDegree: Scalars['Float']['output'];
};

export type NetworkNodeType =
  | 'CONSORTIUM'
  | 'ORGANIZATION';

/** How the membership graph is turned into a network. */
export type NetworkProjection =
  /** Organisations and consortia as nodes, one MEMBERSHIP edge per membership. */
  | 'BIPARTITE'
  /** Organisations only, one CO_MEMBERSHIP edge per pair sharing a consortium, weighted by how many they share. */
  | 'CO_MEMBERSHIP';

/** A source to create for a membership; the same url (or title, without one) always gives the same source. */
export type NewSourceInput = {
  date?: InputMaybe<Scalars['Date']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** A company, university, research institute or other body. */
export type Organization = {
  __typename?: 'Organization';
  /** Bodies that are part of this organisation. */
  affiliates: Array<Organization>;
  aliases: Array<Scalars['String']['output']>;
  consortia: Array<Consortium>;
  /** Number of consortia it is a member of (all time). */
  consortiumCount: Scalars['Int']['output'];
  /** ISO 3166-1 alpha-2. */
  country: Maybe<Scalars['String']['output']>;
  facts: Array<Fact>;
  /** A stable readable slug, e.g. kaist. */
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  /** Memberships in consortia; with asOf, only those that held on that day. */
  memberships: Array<Membership>;
  /** The English canonical name. */
  name: Scalars['String']['output'];
  /** The name as Japanese sources write it. */
  nameJa: Maybe<Scalars['String']['output']>;
  /** The name as Korean sources write it. */
  nameKo: Maybe<Scalars['String']['output']>;
  /** The institution this body is part of (e.g. a university for its cooperation foundation). */
  parent: Maybe<Organization>;
  people: Array<Position>;
};


/** A company, university, research institute or other body. */
export type OrganizationConsortiaArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A company, university, research institute or other body. */
export type OrganizationMembershipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  /** All organisations matching the filter (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationFilter = {
  /** Only members of this consortium. */
  consortiumId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 3166-1 alpha-2 codes. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  kinds?: InputMaybe<Array<OrganizationKind>>;
  /** Only organisations in at least this many consortia. */
  minConsortia?: InputMaybe<Scalars['Int']['input']>;
  /** Case-insensitive text in any of the names or aliases. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationKind =
  | 'COMPANY'
  | 'GOVERNMENT_AGENCY'
  /** An industry–academia cooperation foundation (산학협력단 / 産学協力団), part of its university. */
  | 'INDUSTRY_ACADEMIA_FOUNDATION'
  | 'OTHER'
  | 'RESEARCH_INSTITUTE'
  | 'UNIVERSITY';

export type OrganizationOrder = {
  direction?: OrderDirection;
  field: OrganizationOrderField;
};

export type OrganizationOrderField =
  | 'CONSORTIUM_COUNT'
  | 'NAME';

export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  error: Maybe<MutationError>;
  ok: Scalars['Boolean']['output'];
  organization: Maybe<Organization>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person the sources name, with their positions. */
export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameJa: Maybe<Scalars['String']['output']>;
  nameKo: Maybe<Scalars['String']['output']>;
  positions: Array<Position>;
};

export type Position = {
  __typename?: 'Position';
  organization: Organization;
  person: Person;
  sources: Array<Source>;
  title: Scalars['String']['output'];
};

/** A program that funds and evaluates consortia, run by an organisation. */
export type Program = {
  __typename?: 'Program';
  facts: Array<Fact>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameJa: Maybe<Scalars['String']['output']>;
  nameKo: Maybe<Scalars['String']['output']>;
  runBy: Maybe<Organization>;
  sources: Array<Source>;
  stages: Array<Stage>;
  /** Each consortium's standing on that day (today if omitted). */
  teams: Array<Standing>;
};


/** A program that funds and evaluates consortia, run by an organisation. */
export type ProgramTeamsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Organisations that share a consortium with this one, most shared first. */
  coMembers: Array<CoMember>;
  /** All consortia, optionally of one program. */
  consortia: Array<Consortium>;
  /** null for an unknown id. */
  consortium: Maybe<Consortium>;
  /** Every pair of consortia (of those given, or all) with the organisations they share. */
  consortiumOverlaps: Array<ConsortiumOverlap>;
  model: Maybe<Model>;
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
  /** null for an unknown id. */
  organization: Maybe<Organization>;
  /** Organisations, filtered and ordered, a page at a time (first: 1–1000, default 20). */
  organizations: OrganizationConnection;
  /**
   * The main question: organisations in at least minConsortia consortia, most consortia first.
   * includeAffiliates counts a PART_OF body's memberships for its parent; asOf takes the graph as it
   * stood on that day; activeOnly keeps only consortia still in their program then (today if no asOf).
   */
  organizationsInMultipleConsortia: Array<MultiConsortiumOrganization>;
  person: Maybe<Person>;
  persons: Array<Person>;
  program: Maybe<Program>;
  programs: Array<Program>;
  /** Full-text search over names and aliases in English, Korean and Japanese, best match first. */
  search: Array<SearchHit>;
  source: Maybe<Source>;
  sources: Array<Source>;
};


export type QueryCoMembersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryConsortiaArgs = {
  programId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryConsortiumArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsortiumOverlapsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  consortia?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeAffiliates?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryModelArgs = {
  id: Scalars['ID']['input'];
};


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
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
};


export type QueryOrganizationsInMultipleConsortiaArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeAffiliates?: InputMaybe<Scalars['Boolean']['input']>;
  minConsortia?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};

export type RemoveMembershipPayload = {
  __typename?: 'RemoveMembershipPayload';
  consortium: Maybe<Consortium>;
  error: Maybe<MutationError>;
  ok: Scalars['Boolean']['output'];
  organization: Maybe<Organization>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  organization: Organization;
  /** Lucene relevance: higher is a better match. */
  score: Scalars['Float']['output'];
};

/** Where a fact comes from: a news article, an official report, or an imported file. */
export type Source = {
  __typename?: 'Source';
  /** For an import: the SHA-256 of the imported file. */
  contentHash: Maybe<Scalars['String']['output']>;
  date: Maybe<Scalars['Date']['output']>;
  /** The source document in the project's sources folder that this source was transcribed from. */
  document: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ISO 639-1 language code of the document (ja, ko, en). */
  language: Maybe<Scalars['String']['output']>;
  publisher: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

/** A dated event of a program (an evaluation, a call, a selection). */
export type Stage = {
  __typename?: 'Stage';
  date: Maybe<Scalars['Date']['output']>;
  description: Maybe<Scalars['String']['output']>;
  endDate: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  order: Scalars['Int']['output'];
  /** How the sources date a stage they give no day for. */
  period: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  standings: Array<Standing>;
  status: StageStatus;
};

export type StageStatus =
  | 'HELD'
  | 'PLANNED';

/** A consortium's standing after a stage: selected, eliminated (with the reason), added... */
export type Standing = {
  __typename?: 'Standing';
  consortium: Consortium;
  /** The day the standing took effect: the stage's date, or the day it is known to be over by. */
  date: Maybe<Scalars['Date']['output']>;
  reason: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  stage: Stage;
  status: StandingStatus;
};

export type StandingStatus =
  | 'ADDED'
  | 'ADVANCED'
  | 'APPLIED'
  | 'ELIMINATED'
  | 'NOT_SELECTED'
  | 'NOT_SHORTLISTED'
  | 'SELECTED'
  | 'SHORTLISTED';

/** How the KOREA WAVE article classifies a consortium's strategy. */
export type Strategy =
  | 'HYBRID'
  | 'INDUSTRY_SPECIALISED'
  | 'PLATFORM';

export type UpsertConsortiumInput = {
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  programId?: InputMaybe<Scalars['ID']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

export type UpsertOrganizationInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 3166-1 alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** A stable readable slug: letters, digits, '.', '-', '_'. */
  id: Scalars['ID']['input'];
  /** One of COMPANY, UNIVERSITY, RESEARCH_INSTITUTE, GOVERNMENT_AGENCY, INDUSTRY_ACADEMIA_FOUNDATION, OTHER (checked as data, so a wrong kind is an INVALID_INPUT error naming these). */
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  nameJa?: InputMaybe<Scalars['String']['input']>;
  nameKo?: InputMaybe<Scalars['String']['input']>;
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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddMembershipInput: AddMembershipInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CoMember: ResolverTypeWrapper<CoMemberModel>;
  Consortium: ResolverTypeWrapper<ConsortiumModel>;
  ConsortiumOverlap: ResolverTypeWrapper<ConsortiumOverlapModel>;
  ConsortiumPayload: ResolverTypeWrapper<Omit<ConsortiumPayload, 'consortium'> & { consortium?: Maybe<ResolversTypes['Consortium']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Fact: ResolverTypeWrapper<FactModel>;
  FactKind: FactKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MemberList: ResolverTypeWrapper<MemberListModel>;
  Membership: ResolverTypeWrapper<MembershipModel>;
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
  Person: ResolverTypeWrapper<PersonModel>;
  Position: ResolverTypeWrapper<PositionModel>;
  Program: ResolverTypeWrapper<ProgramModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveMembershipPayload: ResolverTypeWrapper<Omit<RemoveMembershipPayload, 'consortium' | 'organization'> & { consortium?: Maybe<ResolversTypes['Consortium']>, organization?: Maybe<ResolversTypes['Organization']> }>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  Source: ResolverTypeWrapper<SourceModel>;
  Stage: ResolverTypeWrapper<StageModel>;
  StageStatus: StageStatus;
  Standing: ResolverTypeWrapper<StandingModel>;
  StandingStatus: StandingStatus;
  Strategy: Strategy;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UpsertConsortiumInput: UpsertConsortiumInput;
  UpsertOrganizationInput: UpsertOrganizationInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddMembershipInput: AddMembershipInput;
  Boolean: Scalars['Boolean']['output'];
  CoMember: CoMemberModel;
  Consortium: ConsortiumModel;
  ConsortiumOverlap: ConsortiumOverlapModel;
  ConsortiumPayload: Omit<ConsortiumPayload, 'consortium'> & { consortium?: Maybe<ResolversParentTypes['Consortium']> };
  Date: Scalars['Date']['output'];
  Fact: FactModel;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MemberList: MemberListModel;
  Membership: MembershipModel;
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
  Organization: OrganizationModel;
  OrganizationConnection: OrganizationConnectionModel;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationOrder: OrganizationOrder;
  OrganizationPayload: Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  PageInfo: PageInfo;
  Person: PersonModel;
  Position: PositionModel;
  Program: ProgramModel;
  Query: Record<PropertyKey, never>;
  RemoveMembershipPayload: Omit<RemoveMembershipPayload, 'consortium' | 'organization'> & { consortium?: Maybe<ResolversParentTypes['Consortium']>, organization?: Maybe<ResolversParentTypes['Organization']> };
  SearchHit: SearchHitModel;
  Source: SourceModel;
  Stage: StageModel;
  Standing: StandingModel;
  String: Scalars['String']['output'];
  UpsertConsortiumInput: UpsertConsortiumInput;
  UpsertOrganizationInput: UpsertOrganizationInput;
};

export type CoMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoMember'] = ResolversParentTypes['CoMember']> = {
  consortia?: Resolver<Array<ResolversTypes['Consortium']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  sharedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsortiumResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Consortium'] = ResolversParentTypes['Consortium']> = {
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberLists?: Resolver<Array<ResolversTypes['MemberList']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<ConsortiumMembersArgs>>;
  models?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  slogan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sloganSources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  standing?: Resolver<Maybe<ResolversTypes['Standing']>, ParentType, ContextType, Partial<ConsortiumStandingArgs>>;
  standings?: Resolver<Array<ResolversTypes['Standing']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  strategy?: Resolver<Maybe<ResolversTypes['Strategy']>, ParentType, ContextType>;
  strategySources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  targetModelSizes?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
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
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MemberListResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberList'] = ResolversParentTypes['MemberList']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consortium?: Resolver<ResolversTypes['Consortium'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type MembershipPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MembershipPayload'] = ResolversParentTypes['MembershipPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ModelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Model'] = ResolversParentTypes['Model']> = {
  basedOn?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  developers?: Resolver<Array<ResolversTypes['ModelDeveloper']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openSource?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  parameters?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type ModelDeveloperResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModelDeveloper'] = ResolversParentTypes['ModelDeveloper']> = {
  consortium?: Resolver<Maybe<ResolversTypes['Consortium']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type MultiConsortiumOrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MultiConsortiumOrganization'] = ResolversParentTypes['MultiConsortiumOrganization']> = {
  consortia?: Resolver<Array<ResolversTypes['Consortium']>, ParentType, ContextType>;
  consortiumCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countedAffiliates?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addMembership?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationAddMembershipArgs, 'input'>>;
  linkAffiliate?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationLinkAffiliateArgs, 'childId' | 'parentId' | 'sourceId'>>;
  mergeOrganizations?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationMergeOrganizationsArgs, 'keepId' | 'mergeIds'>>;
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
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameKo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
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
};

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameKo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
};

export type PositionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameKo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  runBy?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['Stage']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['Standing']>, ParentType, ContextType, RequireFields<ProgramTeamsArgs, 'activeOnly'>>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  coMembers?: Resolver<Array<ResolversTypes['CoMember']>, ParentType, ContextType, RequireFields<QueryCoMembersArgs, 'first' | 'organizationId'>>;
  consortia?: Resolver<Array<ResolversTypes['Consortium']>, ParentType, ContextType, Partial<QueryConsortiaArgs>>;
  consortium?: Resolver<Maybe<ResolversTypes['Consortium']>, ParentType, ContextType, RequireFields<QueryConsortiumArgs, 'id'>>;
  consortiumOverlaps?: Resolver<Array<ResolversTypes['ConsortiumOverlap']>, ParentType, ContextType, RequireFields<QueryConsortiumOverlapsArgs, 'includeAffiliates'>>;
  model?: Resolver<Maybe<ResolversTypes['Model']>, ParentType, ContextType, RequireFields<QueryModelArgs, 'id'>>;
  models?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<QueryNetworkArgs, 'activeOnly' | 'includeAffiliates' | 'includeAffiliations' | 'labelLanguage' | 'projection'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  organizationsInMultipleConsortia?: Resolver<Array<ResolversTypes['MultiConsortiumOrganization']>, ParentType, ContextType, RequireFields<QueryOrganizationsInMultipleConsortiaArgs, 'activeOnly' | 'first' | 'includeAffiliates' | 'minConsortia'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  persons?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<QueryProgramArgs, 'id'>>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type RemoveMembershipPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveMembershipPayload'] = ResolversParentTypes['RemoveMembershipPayload']> = {
  consortium?: Resolver<Maybe<ResolversTypes['Consortium']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  contentHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stage'] = ResolversParentTypes['Stage']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  standings?: Resolver<Array<ResolversTypes['Standing']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StageStatus'], ParentType, ContextType>;
};

export type StandingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Standing'] = ResolversParentTypes['Standing']> = {
  consortium?: Resolver<ResolversTypes['Consortium'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StandingStatus'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  CoMember?: CoMemberResolvers<ContextType>;
  Consortium?: ConsortiumResolvers<ContextType>;
  ConsortiumOverlap?: ConsortiumOverlapResolvers<ContextType>;
  ConsortiumPayload?: ConsortiumPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Fact?: FactResolvers<ContextType>;
  MemberList?: MemberListResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipPayload?: MembershipPayloadResolvers<ContextType>;
  Model?: ModelResolvers<ContextType>;
  ModelDeveloper?: ModelDeveloperResolvers<ContextType>;
  MultiConsortiumOrganization?: MultiConsortiumOrganizationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MutationError?: MutationErrorResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoveMembershipPayload?: RemoveMembershipPayloadResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Stage?: StageResolvers<ContextType>;
  Standing?: StandingResolvers<ContextType>;
};

