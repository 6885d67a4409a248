import type { OrganizationModel } from './models';

export interface OrganizationConnectionModel {
  edges: Array<{ cursor: string; node: OrganizationModel }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Counts every match of the filter; called only when a client asks for totalCount. */
  countTotal: () => Promise<number>;
}
