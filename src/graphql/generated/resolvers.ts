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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CoMember: ResolverTypeWrapper<CoMemberModel>;
  Consortium: ResolverTypeWrapper<ConsortiumModel>;
  ConsortiumOverlap: ResolverTypeWrapper<ConsortiumOverlapModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Fact: ResolverTypeWrapper<FactModel>;
  FactKind: FactKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MemberList: ResolverTypeWrapper<MemberListModel>;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipRole: MembershipRole;
  Model: ResolverTypeWrapper<ModelModel>;
  ModelDeveloper: ResolverTypeWrapper<ModelDeveloperModel>;
  MultiConsortiumOrganization: ResolverTypeWrapper<MultiConsortiumModel>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationConnection: ResolverTypeWrapper<OrganizationConnectionModel>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  OrganizationOrder: OrganizationOrder;
  OrganizationOrderField: OrganizationOrderField;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonModel>;
  Position: ResolverTypeWrapper<PositionModel>;
  Program: ResolverTypeWrapper<ProgramModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  Source: ResolverTypeWrapper<SourceModel>;
  Stage: ResolverTypeWrapper<StageModel>;
  StageStatus: StageStatus;
  Standing: ResolverTypeWrapper<StandingModel>;
  StandingStatus: StandingStatus;
  Strategy: Strategy;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  CoMember: CoMemberModel;
  Consortium: ConsortiumModel;
  ConsortiumOverlap: ConsortiumOverlapModel;
  Date: Scalars['Date']['output'];
  Fact: FactModel;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MemberList: MemberListModel;
  Membership: MembershipModel;
  Model: ModelModel;
  ModelDeveloper: ModelDeveloperModel;
  MultiConsortiumOrganization: MultiConsortiumModel;
  Organization: OrganizationModel;
  OrganizationConnection: OrganizationConnectionModel;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationOrder: OrganizationOrder;
  PageInfo: PageInfo;
  Person: PersonModel;
  Position: PositionModel;
  Program: ProgramModel;
  Query: Record<PropertyKey, never>;
  SearchHit: SearchHitModel;
  Source: SourceModel;
  Stage: StageModel;
  Standing: StandingModel;
  String: Scalars['String']['output'];
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
  Date?: GraphQLScalarType;
  Fact?: FactResolvers<ContextType>;
  MemberList?: MemberListResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Model?: ModelResolvers<ContextType>;
  ModelDeveloper?: ModelDeveloperResolvers<ContextType>;
  MultiConsortiumOrganization?: MultiConsortiumOrganizationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Stage?: StageResolvers<ContextType>;
  Standing?: StandingResolvers<ContextType>;
};

