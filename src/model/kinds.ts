/** The kinds of organisation the graph knows. CORDIS activity types map onto these on import. */
export const ORGANIZATION_KINDS = [
  'COMPANY',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'GOVERNMENT_AGENCY',
  'INDUSTRY_ACADEMIA_FOUNDATION',
  'OTHER',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const MEMBERSHIP_ROLES = ['LEAD', 'MEMBER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** How the article classifies a consortium's strategy. */
export const STRATEGIES = ['PLATFORM', 'HYBRID', 'INDUSTRY_SPECIALISED'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** A consortium's standing in its program, as of a stage. */
export const STANDING_STATUSES = [
  'APPLIED',
  'SHORTLISTED',
  'NOT_SHORTLISTED',
  'SELECTED',
  'NOT_SELECTED',
  'ADVANCED',
  'ELIMINATED',
  'ADDED',
] as const;
export type StandingStatus = (typeof STANDING_STATUSES)[number];

/**
 * The standing the API answers, never recorded: a stage that evaluates the teams has passed and no source reports
 * its result for the team.
 */
export const UNKNOWN_STANDING = 'UNKNOWN' as const;
export type StandingAnswer = StandingStatus | typeof UNKNOWN_STANDING;

/** Why a standing is UNKNOWN, said the same way by every reader. */
export const NO_REPORTED_RESULT = 'no source reports the result';

/** Standings that mean "still in the program" for `activeOnly`. */
export const ACTIVE_STATUSES: readonly StandingStatus[] = ['SELECTED', 'ADVANCED', 'ADDED'];

/** What a free-text fact about an organisation, consortium or program says. */
export const FACT_KINDS = ['NOTE', 'GOAL', 'MODEL_SIZE', 'EVALUATION'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const STAGE_STATUSES = ['HELD', 'PLANNED'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

/** The labels a Fact can be about; each fact hangs by HAS_FACT from exactly one node of one of them. */
export const FACT_SUBJECTS = ['Organization', 'Consortium', 'Program', 'Model'] as const;
export type FactSubject = (typeof FACT_SUBJECTS)[number];

/** How a relationship is known: a source states it (with its words), or the project infers it (with its reasoning). */
export const PROVENANCES = ['STATED', 'INFERRED'] as const;
export type Provenance = (typeof PROVENANCES)[number];
