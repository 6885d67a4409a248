import type { ConsortiumModel, MembershipModel, OrganizationModel, SearchHitModel, SourceModel } from './models';

/** A page of a Relay connection as resolvers return it; `countTotal` runs only when a client asks for totalCount. */
export interface ConnectionModel<Node> {
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Counts every match of the filter; called only when a client asks for totalCount. */
  countTotal: () => Promise<number>;
}

export type OrganizationConnectionModel = ConnectionModel<OrganizationModel>;
export type ConsortiumConnectionModel = ConnectionModel<ConsortiumModel>;
export type SourceConnectionModel = ConnectionModel<SourceModel>;
export type SearchHitConnectionModel = ConnectionModel<SearchHitModel>;
export type MembershipConnectionModel = ConnectionModel<MembershipModel>;
