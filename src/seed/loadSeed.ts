import type { Database } from '../db/database';
import { applySchema } from '../db/schema';
import { GraphWrites } from '../db/writes/graphWrites';
import { DEFAULT_SEEDS_DIR, readSeedFiles } from './seedFiles';
import { buildSeedGraph, type SeedGraph } from './seedGraph';

export interface SeedSummary {
  sources: number;
  organizations: number;
  consortia: number;
  memberships: number;
  facts: number;
}

/** Writes a validated seed graph in one transaction: all of it or, on any error, none of it. */
export async function writeSeedGraph(db: Database, graph: SeedGraph): Promise<SeedSummary> {
  await db.writeTx(async (tx) => {
    const writes = new GraphWrites(db, tx);
    await writes.sources(graph.sources);
    await writes.organizations(graph.organizations);
    await writes.partOf(graph.partOf);
    await writes.programs(graph.programs);
    await writes.stages(graph.stages);
    await writes.consortia(graph.consortia);
    await writes.memberships(graph.memberships);
    await writes.memberLists(graph.memberLists);
    await writes.standings(graph.standings);
    await writes.models(graph.models, graph.develops, graph.basedOn);
    await writes.facts(graph.facts);
    await writes.persons(graph.persons, graph.positions);
  }, 60_000);
  return {
    sources: graph.sources.length,
    organizations: graph.organizations.length,
    consortia: graph.consortia.length,
    memberships: graph.memberships.length,
    facts: graph.facts.length,
  };
}

/**
 * Reads, validates and loads the seed files (constraints and indexes first). Loading twice leaves
 * the same graph: every write is a MERGE on an id, and lists are replaced, not appended.
 */
export async function loadSeed(db: Database, dir: string = DEFAULT_SEEDS_DIR): Promise<SeedSummary> {
  const graph = buildSeedGraph(readSeedFiles(dir));
  await applySchema(db);
  return writeSeedGraph(db, graph);
}

/** Is the graph empty (no organisation at all)? `npm start` seeds only then. */
export async function graphIsEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read<{ empty: boolean }>('RETURN NOT EXISTS { MATCH (:Organization) } AS empty');
  return row?.empty ?? true;
}
