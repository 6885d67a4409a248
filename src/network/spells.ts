import type { NetworkEdge, NetworkNode, Spell } from './networkTypes';

/**
 * When each consortium is on the timeline of a dynamic export, by consortium id: the days it is in its program
 * (activeOnly's rule, evaluated at every stage day: see programTimeline in buildNetwork.ts), or for a consortium that
 * never was, its bid: from its first standing's day (open when that is also its last) to the day before its last.
 * A consortium without standings is absent: always there.
 */
export type ConsortiumSpells = ReadonlyMap<string, readonly Spell[]>;

/** The day before `day` (YYYY-MM-DD), in UTC. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The spells of a consortium from the stage days (sorted) and whether it was in its program on each: a spell
 * starts on a day it is in and ends the day before the next day it is not (open if it still is on the last).
 */
export function spellsFromDays(days: readonly string[], inProgram: readonly boolean[]): Spell[] {
  const spells: Spell[] = [];
  let start: string | null = null;
  days.forEach((day, i) => {
    if (inProgram[i] && start === null) start = day;
    if (!inProgram[i] && start !== null) {
      spells.push({ start, end: dayBefore(day) });
      start = null;
    }
  });
  if (start !== null) spells.push({ start, end: null });
  return spells;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** `a ∩ b` for each pair, leaving out the empty ones. */
function intersect(a: readonly Spell[], b: readonly Spell[]): Spell[] {
  const out: Spell[] = [];
  for (const x of a) {
    for (const y of b) {
      const start = later(x.start, y.start);
      const end = earlier(x.end, y.end);
      if (start === null || end === null || start <= end) out.push({ start, end });
    }
  }
  return out;
}

/** The union of spells, sorted and merged where they overlap or touch. */
export function unionOf(spells: readonly Spell[]): Spell[] {
  const sorted = [...spells].sort((a, b) =>
    a.start === b.start ? 0 : a.start === null ? -1 : b.start === null ? 1 : a.start < b.start ? -1 : 1,
  );
  const merged: Spell[] = [];
  for (const spell of sorted) {
    const last = merged.at(-1);
    const touches = last && (last.end === null || spell.start === null || dayBefore(spell.start) <= last.end);
    if (last && touches) last.end = last.end === null || spell.end === null ? null : later(last.end, spell.end);
    else merged.push({ ...spell });
  }
  return merged;
}

/**
 * A membership's spells: its own `since`..`until` within its consortium's spells. `undefined` means "always"
 * (no date and a consortium that is always there); an empty list, never on the timeline.
 */
export function membershipSpells(
  since: string | null | undefined,
  until: string | null | undefined,
  consortium: readonly Spell[] | undefined,
): Spell[] | undefined {
  const own = since || until ? [{ start: since ?? null, end: until ?? null }] : undefined;
  if (!consortium) return own;
  return own ? intersect(own, consortium) : consortium.map((spell) => ({ ...spell }));
}

/**
 * Collects, from the membership edges as they pass, the spells of their organisations (the union of their
 * memberships'; `undefined`, always, once one membership is), and gives each node and edge its spells.
 */
export class SpellIndex {
  private readonly organizations = new Map<string, Spell[] | 'always'>();

  constructor(private readonly consortia: ConsortiumSpells) {}

  /** A MEMBERSHIP between organisation node `source` and consortium `consortiumId`. */
  addMembership(source: string, consortiumId: string, since?: string | null, until?: string | null): void {
    const spells = membershipSpells(since, until, this.consortia.get(consortiumId));
    const known = this.organizations.get(source);
    if (known === 'always') return;
    if (spells === undefined) this.organizations.set(source, 'always');
    else this.organizations.set(source, unionOf([...(known ?? []), ...spells]));
  }

  /** A node with its spells: a consortium's own, an organisation's from its memberships. */
  node(node: NetworkNode): NetworkNode {
    const spells = node.type === 'CONSORTIUM' ? this.consortia.get(node.entityId) : this.organizations.get(node.id);
    return spells === undefined || spells === 'always' ? node : { ...node, spells };
  }

  /** A MEMBERSHIP edge with its spells (other edges exist whenever both their ends do). */
  edge(edge: NetworkEdge, consortiumId: string | null): NetworkEdge {
    if (edge.type !== 'MEMBERSHIP' || consortiumId === null) return edge;
    const spells = membershipSpells(edge.since, edge.until, this.consortia.get(consortiumId));
    return spells === undefined ? edge : { ...edge, spells };
  }
}

/**
 * The consortium spells ({@link ConsortiumSpells}) from the stage days, the consortia in their program on each
 * (by the main question's rule) and each consortium's last standing day.
 */
export function consortiumSpellsOf(
  days: readonly string[],
  activeOnDay: readonly ReadonlySet<string>[],
  standingDays: ReadonlyMap<string, { first: string; last: string }>,
): Map<string, Spell[]> {
  const spells = new Map<string, Spell[]>();
  const ids = new Set([...standingDays.keys(), ...activeOnDay.flatMap((active) => [...active])]);
  for (const id of ids) {
    const inProgram = activeOnDay.map((active) => active.has(id));
    const standings = standingDays.get(id);
    if (inProgram.some(Boolean)) spells.set(id, spellsFromDays(days, inProgram));
    else if (standings) {
      const start = standings.first < standings.last ? standings.first : null;
      spells.set(id, [{ start, end: dayBefore(standings.last) }]);
    }
  }
  return spells;
}

const CONSORTIUM_PREFIX = 'consortium:';
const consortiumOfEdge = (edge: NetworkEdge) =>
  edge.target.startsWith(CONSORTIUM_PREFIX) ? edge.target.slice(CONSORTIUM_PREFIX.length) : null;

/** The nodes and edges of a network with their spells; arrays stay arrays, streams stay streams. */
export function withSpells<N extends Iterable<NetworkNode> | AsyncIterable<NetworkNode>>(
  nodes: N,
  index: SpellIndex,
): Iterable<NetworkNode> | AsyncIterable<NetworkNode> {
  if (Array.isArray(nodes)) return (nodes as NetworkNode[]).map((node) => index.node(node));
  return mapAsync(nodes as AsyncIterable<NetworkNode>, (node) => index.node(node));
}

export function edgesWithSpells(
  edges: Iterable<NetworkEdge> | AsyncIterable<NetworkEdge>,
  index: SpellIndex,
): Iterable<NetworkEdge> | AsyncIterable<NetworkEdge> {
  const each = (edge: NetworkEdge) => index.edge(edge, consortiumOfEdge(edge));
  if (Array.isArray(edges)) return (edges as NetworkEdge[]).map(each);
  return mapAsync(edges as AsyncIterable<NetworkEdge>, each);
}

async function* mapAsync<T>(items: AsyncIterable<T>, map: (item: T) => T): AsyncGenerator<T> {
  for await (const item of items) yield map(item);
}
