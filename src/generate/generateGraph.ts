import type { Writable } from 'node:stream';
import { GENERIC_COLUMNS } from '../import/formats';
import { seededRandom } from '../network/seededRandom';
import { consortiumId, consortiumName, drawOrganization, organizationId } from './entities';
import { csvField, LineWriter } from './lineWriter';
import { medianOf, powerLawSequence } from './powerLaw';
import { Sampler } from './sampling';
import { CORDIS_LIKE_SHAPE, type GraphShape } from './scales';

export interface GenerateOptions {
  organizations: number;
  /** Memberships to aim for; a few may be dropped where a hub cannot be placed without a duplicate. */
  memberships: number;
  seed: number;
  shape?: GraphShape;
}

/** What was generated, and ids the benchmark asks about. */
export interface GeneratedGraph {
  organizations: number;
  consortia: number;
  memberships: number;
  affiliations: number;
  maxOrganizationDegree: number;
  medianOrganizationDegree: number;
  largestConsortiumSize: number;
  /** The organisations in most consortia, most first. */
  hubIds: string[];
  /** An organisation of median degree. */
  typicalOrganizationId: string;
  /** Consortia by size, largest first (the first 20). */
  largestConsortiumIds: string[];
}

const DAY_MS = 86_400_000;
const FIRST_START_DAY = Date.UTC(2014, 0, 1) / DAY_MS;
const START_SPREAD_DAYS = 3650;
const HUB_SHARE = 0.01;
const SWAP_ATTEMPTS = 64;

const dayText = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

interface Consortia {
  sizes: Int32Array;
  numbers: Int32Array;
  startDays: Int32Array;
  endDays: Int32Array;
  leadOrdinals: Int32Array;
  seen: Int32Array;
}

/**
 * Writes a synthetic CORDIS-like graph as the project's generic CSV (GENERIC_COLUMNS) to `memberships`, and, when
 * `affiliations` is given, its PART_OF links as `child_id,parent_id`. Deterministic: the same options give the same
 * bytes. Rows are written as they are drawn (grouped by organisation, hubs first); only a few typed arrays of one
 * number per membership are held, never the text.
 *
 * Memberships pair organisation "stubs" (a power-law number per organisation) with consortium "slots" (a power-law
 * size per consortium) shuffled together, a configuration model; a stub that would repeat a membership is swapped
 * with a later slot.
 */
export async function generateGraph(
  options: GenerateOptions,
  memberships: Writable,
  affiliations?: Writable,
): Promise<GeneratedGraph> {
  const shape = options.shape ?? CORDIS_LIKE_SHAPE;
  const sampler = new Sampler(seededRandom(options.seed));
  const consortiumCount = Math.max(1, Math.round(options.memberships / shape.meanConsortiumSize));
  const degrees = powerLawSequence(
    options.organizations,
    options.memberships,
    shape.organizationExponent,
    1,
    consortiumCount,
  );
  const consortia = drawConsortia(sampler, consortiumCount, options.memberships, shape);
  const orgNumbers = sampler.shuffle(Int32Array.from({ length: options.organizations }, (_, i) => i + 1));
  const slots = sampler.shuffle(slotsOf(consortia.sizes, options.memberships));

  const out = new LineWriter(memberships);
  await out.line(GENERIC_COLUMNS.join(','));
  const realised = new Int32Array(options.organizations);
  const hubRanks = Math.max(1, Math.floor(options.organizations * HUB_SHARE));
  let cursor = 0;
  for (let rank = 0; rank < options.organizations; rank++) {
    const organization = drawOrganization(sampler, orgNumbers[rank]!, rank < hubRanks);
    const prefix = `${organization.id},${csvField(organization.name)},${organization.kind},${organization.country},`;
    const taken = new Set<number>();
    for (let stub = 0; stub < degrees[rank]! && cursor < slots.length; stub++, cursor++) {
      const index = placeStub(sampler, slots, cursor, taken);
      if (index === null) continue;
      taken.add(index);
      realised[rank]! += 1;
      await out.line(prefix + membershipFields(sampler, consortia, index));
    }
  }
  await out.end();

  const links = affiliations ? await writeAffiliations(sampler, options, shape, hubRanks, orgNumbers, affiliations) : 0;
  const total = realised.reduce((sum, degree) => sum + degree, 0);
  return {
    organizations: options.organizations,
    consortia: consortiumCount,
    memberships: total,
    affiliations: links,
    maxOrganizationDegree: realised[0] ?? 0,
    medianOrganizationDegree: medianOf(realised),
    largestConsortiumSize: consortia.sizes[0] ?? 0,
    hubIds: Array.from(orgNumbers.subarray(0, 3), organizationId),
    typicalOrganizationId: organizationId(orgNumbers[options.organizations >> 1]!),
    largestConsortiumIds: Array.from(consortia.numbers.subarray(0, 20), consortiumId),
  };
}

/** Sizes, numbers (ids), dates and the lead's position of every consortium, largest first. */
function drawConsortia(sampler: Sampler, count: number, memberships: number, shape: GraphShape): Consortia {
  const min = Math.min(shape.minConsortiumSize, Math.floor(memberships / count));
  const sizes = powerLawSequence(count, memberships, shape.consortiumExponent, Math.max(1, min), memberships);
  const numbers = sampler.shuffle(Int32Array.from({ length: count }, (_, i) => i + 1));
  const startDays = new Int32Array(count);
  const endDays = new Int32Array(count);
  const leadOrdinals = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    startDays[index] = FIRST_START_DAY + sampler.below(START_SPREAD_DAYS);
    endDays[index] = startDays[index]! + 730 + sampler.below(1096);
    leadOrdinals[index] = sampler.below(sizes[index]!);
  }
  return { sizes, numbers, startDays, endDays, leadOrdinals, seen: new Int32Array(count) };
}

/** Consortium index `i` repeated `sizes[i]` times. */
export function slotsOf(sizes: Int32Array, total: number): Int32Array {
  const slots = new Int32Array(total);
  let at = 0;
  sizes.forEach((size, index) => {
    slots.fill(index, at, at + size);
    at += size;
  });
  return slots;
}

/**
 * The consortium of the slot at `cursor`; when this organisation already holds it, swaps in a random later slot
 * that it does not. Null (the stub dropped) when none is found.
 */
export function placeStub(sampler: Sampler, slots: Int32Array, cursor: number, taken: Set<number>): number | null {
  if (!taken.has(slots[cursor]!)) return slots[cursor]!;
  const later = slots.length - cursor - 1;
  for (let attempt = 0; attempt < SWAP_ATTEMPTS && later > 0; attempt++) {
    const other = cursor + 1 + sampler.below(later);
    if (taken.has(slots[other]!)) continue;
    const held = slots[cursor]!;
    slots[cursor] = slots[other]!;
    slots[other] = held;
    return slots[cursor]!;
  }
  return null;
}

/** consortium_id … until of one membership; the member at the consortium's lead position is its LEAD. */
function membershipFields(sampler: Sampler, consortia: Consortia, index: number): string {
  const ordinal = consortia.seen[index]!;
  consortia.seen[index] = ordinal + 1;
  const role = ordinal === consortia.leadOrdinals[index] ? 'LEAD' : 'MEMBER';
  const start = consortia.startDays[index]!;
  const end = consortia.endDays[index]!;
  // Most members hold for the whole project; some join late and some leave early, as amendments do.
  const since = sampler.random() < 0.85 ? start : start + sampler.below((end - start) >> 1);
  const until = sampler.random() < 0.9 ? end : since + sampler.below(end - since + 1);
  const number = consortia.numbers[index]!;
  return `${consortiumId(number)},${consortiumName(number)},${role},,${dayText(since)},${dayText(until)}`;
}

/**
 * PART_OF links: `affiliateShare` of the non-hub organisations, each part of one hub (a university or institute),
 * skewed towards the largest. Hubs are never parts, so there is no chain and no cycle.
 */
async function writeAffiliations(
  sampler: Sampler,
  options: GenerateOptions,
  shape: GraphShape,
  hubRanks: number,
  orgNumbers: Int32Array,
  affiliations: Writable,
): Promise<number> {
  const out = new LineWriter(affiliations);
  await out.line('child_id,parent_id');
  const candidates = options.organizations - hubRanks;
  const wanted = Math.min(candidates, Math.floor(options.organizations * shape.affiliateShare));
  const chosen = new Uint8Array(options.organizations);
  for (let written = 0; written < wanted;) {
    const child = hubRanks + sampler.below(candidates);
    if (chosen[child]) continue;
    chosen[child] = 1;
    const parent = Math.floor(hubRanks * sampler.random() ** 2);
    await out.line(`${organizationId(orgNumbers[child]!)},${organizationId(orgNumbers[parent]!)}`);
    written += 1;
  }
  await out.end();
  return wanted;
}
