import type { PersonModel, PositionModel, SourceModel } from '../../model/models';
import type { Database } from '../database';
import { POSITION_FIELDS } from './fragments';
import { groupBy } from './organizationReads';

const SOURCE_FIELDS = `{ id: s.id, title: s.title, publisher: s.publisher, date: toString(s.date), language: s.language,
  url: s.url, document: s.document, contentHash: s.contentHash }`;

export async function sourcesByIds(db: Database, ids: readonly string[]): Promise<Array<SourceModel | undefined>> {
  const rows = await db.read<{ source: SourceModel }>(
    `UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN ${SOURCE_FIELDS} AS source`,
    { ids },
  );
  const byId = new Map(rows.map((row) => [row.source.id, row.source]));
  return ids.map((id) => byId.get(id));
}

export async function allSources(db: Database): Promise<SourceModel[]> {
  const rows = await db.read<{ source: SourceModel }>(
    `MATCH (s:Source) RETURN ${SOURCE_FIELDS} AS source ORDER BY s.date, s.id`,
  );
  return rows.map((row) => row.source);
}

const PERSON_FIELDS = `{ id: p.id, name: p.name, nameKo: p.nameKo, nameJa: p.nameJa }`;

export async function personsByIds(db: Database, ids: readonly string[]): Promise<Array<PersonModel | undefined>> {
  const rows = await db.read<{ person: PersonModel }>(
    `UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN ${PERSON_FIELDS} AS person`,
    { ids },
  );
  const byId = new Map(rows.map((row) => [row.person.id, row.person]));
  return ids.map((id) => byId.get(id));
}

export async function allPersons(db: Database): Promise<PersonModel[]> {
  const rows = await db.read<{ person: PersonModel }>(
    `MATCH (p:Person) RETURN ${PERSON_FIELDS} AS person ORDER BY p.name`,
  );
  return rows.map((row) => row.person);
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
