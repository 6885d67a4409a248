/** The sizes `npm run generate -- --scale` and `npm run bench -- --scale` know. */
export const SCALES = {
  S: { organizations: 10_000, memberships: 30_000 },
  M: { organizations: 100_000, memberships: 300_000 },
  L: { organizations: 300_000, memberships: 1_000_000 },
} as const;

export type ScaleName = keyof typeof SCALES;

export const isScaleName = (value: string): value is ScaleName => Object.hasOwn(SCALES, value);

/**
 * The shape of a generated graph, tuned to look like CORDIS (Horizon 2020 / Horizon Europe participations):
 * memberships per organisation fall off as rank^-0.8 (at M: ten hubs in more than a thousand consortia, two thirds
 * of organisations in exactly one), consortium sizes as rank^-0.5 from 2 upwards (mean 6, median 4, a few hundred
 * for the largest), and about 2% of organisations are part of (PART_OF) a large university or institute.
 */
export interface GraphShape {
  organizationExponent: number;
  consortiumExponent: number;
  meanConsortiumSize: number;
  minConsortiumSize: number;
  affiliateShare: number;
}

export const CORDIS_LIKE_SHAPE: GraphShape = {
  organizationExponent: 0.8,
  consortiumExponent: 0.5,
  meanConsortiumSize: 6,
  minConsortiumSize: 2,
  affiliateShare: 0.02,
};
