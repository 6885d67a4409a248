import type { PersonModel, PositionModel, SourceModel } from '../../model/models';
import type { Database } from '../database';
import { POSITION_FIELDS } from './fragments';
import { keysetBounds, keysetOrder, keysetParams, type KeysetWindow } from './keyset';
import { groupBy, inOrderOf } from './ordering';

const SOURCE_FIELDS = `{ id: s.id, title: s.title, publisher: s.publisher, date: toString(s.date), language: s.language,
  url: s.url, document: s.document, contentHash: s.contentHash }`;

export async function sourcesByIds(db: Database, ids: readonly string[]): Promise<Array<SourceModel | undefined>> {
  const rows = await db.read<{ source: SourceModel }>(
    `UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN ${SOURCE_FIELDS} AS source`,
    { ids },
  );
  return inOrderOf(
    ids,
    rows.map((row) => row.source),
    'id',
  );
}

/** The first `limit` sources by date. */
export async function allSources(db: Database, limit: number): Promise<SourceModel[]> {
  const rows = await db.read<{ source: SourceModel }>(
    `MATCH (s:Source) WITH s ORDER BY s.date, s.id LIMIT $limit RETURN ${SOURCE_FIELDS} AS source`,
    { limit },
  );
  return rows.map((row) => row.source);
}

const PERSON_FIELDS = `{ id: p.id, name: p.name, nameKo: p.nameKo, nameJa: p.nameJa }`;

export async function personsByIds(db: Database, ids: readonly string[]): Promise<Array<PersonModel | undefined>> {
  const rows = await db.read<{ person: PersonModel }>(
    `UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN ${PERSON_FIELDS} AS person`,
    { ids },
  );
  return inOrderOf(
    ids,
    rows.map((row) => row.person),
    'id',
  );
}

/** The first `limit` people by name. */
export async function allPersons(db: Database, limit: number): Promise<PersonModel[]> {
  const rows = await db.read<{ person: PersonModel }>(
    `MATCH (p:Person) WITH p ORDER BY p.name LIMIT $limit RETURN ${PERSON_FIELDS} AS person`,
    { limit },
  );
  return rows.map((row) => row.person);
}

/** One window of sources by id (keyset: see keyset.ts). */
export async function pageOfSources(db: Database, window: KeysetWindow): Promise<SourceModel[]> {
  const rows = await db.read<{ source: SourceModel }>(SOURCES_PAGE[window.backward ? 1 : 0], keysetParams(window));
  return rows.map((row) => row.source);
}

// Sources are paged by id alone (the key and the tie-break are the same): their dates may be missing.
const sourcesPage = (backward: boolean) => `MATCH (s:Source)
  WHERE ${keysetBounds('s.id', 's.id', 'ASC')}
  WITH s ORDER BY ${keysetOrder('s.id', 's.id', 'ASC', backward)} LIMIT $limit
  RETURN ${SOURCE_FIELDS} AS source`;
const SOURCES_PAGE = [sourcesPage(false), sourcesPage(true)] as const;

/** How many sources the graph holds (from Neo4j's count store). */
export async function countSources(db: Database): Promise<number> {
  const [row] = await db.read<{ total: number }>('MATCH (s:Source) RETURN count(s) AS total');
  return row?.total ?? 0;
}

export async function positionsOfPersons(db: Database, personIds: readonly string[]): Promise<PositionModel[][]> {
  const rows = await db.read<{ position: PositionModel }>(
    `UNWIND $ids AS id
     MATCH (p:Person {id: id})-[r:HOLDS_POSITION]->(o:Organization)
     RETURN ${POSITION_FIELDS} AS position`,
    { ids: personIds },
  );
  return groupBy(
    personIds,
    rows.map((row) => row.position),
    (position) => position.personId,
  );
}
