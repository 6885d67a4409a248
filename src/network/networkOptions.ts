import { isCalendarDay } from '../model/calendarDay';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../model/kinds';
import { NETWORK_MEASURES, type NetworkMeasure, type NetworkProjection } from './networkTypes';

export const NETWORK_PROJECTIONS: readonly NetworkProjection[] = ['BIPARTITE', 'CO_MEMBERSHIP'];

/** Which name labels a node; a node without a name in that language keeps its English one. */
export const LABEL_LANGUAGES = ['EN', 'KO', 'JA'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/**
 * Which node measures an export computes (the `measures` parameter, `--measures` of `npm run export`):
 * ALL (the default) adds betweenness and Louvain communities, which need the whole network in memory and are
 * refused above MAX_MEASURED_NETWORK_NODES; DEGREE only degree and weighted degree; NONE no measure at all. Without
 * betweenness and communities an export streams from Neo4j to the file with flat memory, whatever its size.
 */
export const MEASURE_PRESETS = {
  ALL: NETWORK_MEASURES,
  DEGREE: ['degree', 'weightedDegree'],
  NONE: [],
} as const satisfies Record<string, readonly NetworkMeasure[]>;
export type MeasurePreset = keyof typeof MEASURE_PRESETS;
const MEASURE_PRESET_NAMES = Object.keys(MEASURE_PRESETS) as MeasurePreset[];

/** What `buildNetwork` builds: the GraphQL `network` arguments, with defaults applied. */
export interface NetworkOptions {
  projection: NetworkProjection;
  /** Only these consortia and their members; `null` for all. */
  consortia: readonly string[] | null;
  /** Only organisations of these kinds; `null` for all. */
  kinds: readonly OrganizationKind[] | null;
  /** CO_MEMBERSHIP edges sharing fewer consortia are dropped; `null` keeps all. */
  minWeight: number | null;
  includeAffiliations: boolean;
  /**
   * Roll-up: an affiliated body's memberships count on its top-level parent (PART_OF), which stands for it as one
   * node, as `organizationsInMultipleConsortia(includeAffiliates: true)` counts them.
   */
  includeAffiliates: boolean;
  /** Only consortia in their program on `asOf` (today when `asOf` is null), as `activeOnly` of the main query. */
  activeOnly: boolean;
  /** Only memberships that held on this day (YYYY-MM-DD); `null` for all time. */
  asOf: string | null;
  /** Only memberships citing one of these sources (ids); `null` for all. */
  sources: readonly string[] | null;
  labelLanguage: LabelLanguage;
  /**
   * The measures to compute, in `NETWORK_MEASURES` order. GraphQL asks for those its selection names; the exports
   * for a {@link MEASURE_PRESETS} preset.
   */
  measures: readonly NetworkMeasure[];
}

export const DEFAULT_NETWORK_OPTIONS: Readonly<NetworkOptions> = {
  projection: 'BIPARTITE',
  consortia: null,
  kinds: null,
  minWeight: null,
  includeAffiliations: false,
  includeAffiliates: false,
  activeOnly: false,
  asOf: null,
  sources: null,
  labelLanguage: 'EN',
  measures: MEASURE_PRESETS.ALL,
};

/** A network option a client got wrong; the message says what is allowed. */
export class NetworkOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NetworkOptionsError';
  }
}

/**
 * Betweenness or communities were asked for a network larger than MAX_MEASURED_NETWORK_NODES. A client error
 * (answered 400 BAD_USER_INPUT), raised before anything is written; the message says how to get an answer.
 */
export class NetworkTooLargeError extends NetworkOptionsError {
  constructor(
    readonly nodeCount: number,
    readonly limit: number,
    via: 'export' | 'graphql',
  ) {
    const narrower =
      via === 'export'
        ? 'ask with measures=degree or measures=none (those stream with no size limit)'
        : 'leave betweenness and community out of the selection (degree and weightedDegree have no size limit)';
    super(
      `The network has ${nodeCount} nodes, more than the ${limit} for which betweenness and communities are ` +
        `computed (MAX_MEASURED_NETWORK_NODES). To get an answer, ${narrower}, narrow it with consortia or kinds, ` +
        `or raise MAX_MEASURED_NETWORK_NODES.`,
    );
    this.name = 'NetworkTooLargeError';
  }
}

/** The options as text (URL query, command line), by option name; absent or empty means the default. */
export type NetworkOptionsText = Partial<Record<keyof NetworkOptions, string>>;

/**
 * Reads network options written as text, as `/export/network.*` and `npm run export` take them: lists are comma
 * separated, enum values case-insensitive (`co-membership` works too).
 *
 * @throws NetworkOptionsError naming the first bad option and what it accepts.
 */
export function parseNetworkOptions(text: NetworkOptionsText): NetworkOptions {
  const given = (name: keyof NetworkOptions) => (text[name]?.trim() ? text[name].trim() : undefined);
  const projection = given('projection');
  const consortia = given('consortia');
  const kinds = given('kinds');
  const minWeight = given('minWeight');
  const includeAffiliations = given('includeAffiliations');
  const includeAffiliates = given('includeAffiliates');
  const activeOnly = given('activeOnly');
  const asOf = given('asOf');
  const sources = given('sources');
  const labelLanguage = given('labelLanguage');
  const measures = given('measures');
  return checkNetworkOptions({
    projection: projection ? oneOf('projection', projection, NETWORK_PROJECTIONS) : DEFAULT_NETWORK_OPTIONS.projection,
    consortia: consortia ? list(consortia) : null,
    kinds: kinds ? list(kinds).map((kind) => oneOf('kinds', kind, ORGANIZATION_KINDS)) : null,
    minWeight: minWeight === undefined ? null : checkMinWeight(Number(minWeight), minWeight),
    includeAffiliations: includeAffiliations ? yesOrNo('includeAffiliations', includeAffiliations) : false,
    includeAffiliates: includeAffiliates ? yesOrNo('includeAffiliates', includeAffiliates) : false,
    activeOnly: activeOnly ? yesOrNo('activeOnly', activeOnly) : false,
    asOf: asOf ? checkDay('asOf', asOf) : null,
    sources: sources ? list(sources) : null,
    labelLanguage: labelLanguage ? oneOf('labelLanguage', labelLanguage, LABEL_LANGUAGES) : 'EN',
    measures: measures ? MEASURE_PRESETS[oneOf('measures', measures, MEASURE_PRESET_NAMES)] : MEASURE_PRESETS.ALL,
  });
}

/**
 * Checks the options that only make sense apart: `includeAffiliations` draws PART_OF links between the very nodes
 * `includeAffiliates` merges into one.
 *
 * @throws NetworkOptionsError saying to choose one.
 */
export function checkNetworkOptions(options: NetworkOptions): NetworkOptions {
  if (options.includeAffiliations && options.includeAffiliates) {
    throw new NetworkOptionsError(
      'includeAffiliations (draw PART_OF links as AFFILIATION edges) and includeAffiliates (merge each affiliated ' +
        'body into its top-level parent) cannot be combined: the links would join a node to itself. Ask for one.',
    );
  }
  return options;
}

/** Checks `minWeight` is a whole number of at least 1 (`shown` is how the client wrote it). */
export function checkMinWeight(value: number, shown: string = String(value)): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new NetworkOptionsError(`minWeight must be a whole number of at least 1, got ${shown}`);
  }
  return value;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const normalised = value.toUpperCase().replace(/-/g, '_');
  const found = allowed.find((candidate) => candidate === normalised);
  if (!found) throw new NetworkOptionsError(`${name} must be one of ${allowed.join(', ')}, got ${value}`);
  return found;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function yesOrNo(name: string, value: string): boolean {
  if (/^(true|1)$/i.test(value)) return true;
  if (/^(false|0)$/i.test(value)) return false;
  throw new NetworkOptionsError(`${name} must be true or false, got ${value}`);
}

function checkDay(name: string, value: string): string {
  if (!isCalendarDay(value)) {
    throw new NetworkOptionsError(`${name} must be a calendar day written YYYY-MM-DD, got ${value}`);
  }
  return value;
}
