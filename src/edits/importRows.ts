import type { MembershipRole, OrganizationKind } from '../model/kinds';
import type { ParticipationFunding, ProjectFunding } from '../model/models';

// The rows an import hands to its batches (src/edits/importBatch.ts), once src/import/formats.ts has checked them.

/** A row that names an organisation by id, or only by name (then resolved or given a slug id). */
export interface OrganizationRef {
  id: string | null;
  name: string | null;
  kind: OrganizationKind | null;
  country: string | null;
  aliases: string[];
}

export interface ConsortiumRef {
  id: string | null;
  name: string | null;
  startDate: string | null;
  endDate: string | null;
  /** What CORDIS says of a project (all null for the other formats). */
  funding: ProjectFunding;
}

export const NO_PROJECT_FUNDING: ProjectFunding = {
  title: null,
  frameworkProgramme: null,
  programmePart: null,
  totalCost: null,
  ecMaxContribution: null,
};
export const NO_PARTICIPATION_FUNDING: ParticipationFunding = {
  ecContribution: null,
  netEcContribution: null,
  totalCost: null,
};

/** A validated row: one membership of an organisation in a consortium. */
export interface ImportRow {
  location: string;
  organization: OrganizationRef;
  consortium: ConsortiumRef;
  /** Null when the row does not say: an existing membership keeps its role, a new one is MEMBER. */
  role: MembershipRole | null;
  category: string | null;
  since: string | null;
  until: string | null;
  /** CORDIS only (all null otherwise); null fields keep what an existing membership has. */
  funding: ParticipationFunding;
}

export interface Rejection {
  location: string;
  reason: string;
}
