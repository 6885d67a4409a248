import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { aliasText } from '../db/reads/fragments';
import { ITEM_SEPARATOR } from '../db/writes/importWrites';
import type { MemoryImportGraph } from './memoryGraph';

/** The Source node of an initial load, as `GraphWrites.sources` writes it for an online import. */
export interface OfflineSource {
  id: string;
  title: string;
  contentHash: string;
  importedAt: string;
  rowCounts: string;
}

/** The files handed to `neo4j-admin database import full`, and what it needs to be told about them. */
export interface OfflineImportFiles {
  nodes: Array<{ label: string; file: string }>;
  relationships: Array<{ type: string; file: string }>;
  /** Files with a value holding a newline (aliasText), which the importer must parse as multi-line. */
  multilineFiles: string[];
  arrayDelimiter: string;
}

/** A string value: always quoted, so that "" is an empty string and an unquoted empty field is no property. */
const text = (value: string | null): string => (value === null ? '' : `"${value.replaceAll('"', '""')}"`);
const plain = (value: string | null): string => value ?? '';
/** A double as the online import stores it (toFloat of the same shortest round-trip text). */
const amount = (value: number | null): string => (value === null ? '' : String(value));

/** Writes lines through a stream in chunks, waiting when the stream asks to. */
async function writeCsv(file: string, header: string, lines: Iterable<string>): Promise<void> {
  const out = fs.createWriteStream(file);
  let chunk = `${header}\n`;
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length >= 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/**
 * Writes the graph as the offline importer's CSV files in `dir`, with node ids given as the store's own ids
 * (`--id-type=actual`: organisations from 0, then consortia, then the Source), which spares the importer its id
 * mapping, the slowest part of its node stage here. Every node, property and stored count the online import
 * writes is in these files, except the empty lists (`aliases`, `sloganSources`, `strategySources`), which CSV
 * cannot express: the initial load sets those after Neo4j starts.
 */
export async function writeOfflineImportFiles(
  graph: MemoryImportGraph,
  source: OfflineSource,
  dir: string,
): Promise<OfflineImportFiles> {
  const file = (name: string) => path.join(dir, name);
  // Organisations are numbered from 0 in creation order, consortia after them, the Source last.
  const firstConsortium = graph.organizations.size;
  const sourceNumber = firstConsortium + graph.consortia.size;
  const sources = text(source.id);
  let multiline = false;

  await writeCsv(
    file('organizations.csv'),
    ':ID,id,name,aliases:string[],aliasText,kind,country,consortiumCount:long',
    (function* () {
      for (const org of graph.organizations.values()) {
        multiline ||= org.aliases.length > 0;
        const aliases = org.aliases.length === 0 ? null : org.aliases.join(ITEM_SEPARATOR);
        yield (
          `${org.number},${text(org.id)},${text(org.name)},${text(aliases)},${text(aliasText(org.aliases))},` +
          `${text(org.kind)},${text(org.country)},${org.consortiumCount}`
        );
      }
    })(),
  );
  await writeCsv(
    file('consortia.csv'),
    ':ID,id,name,startDate:date,endDate:date,title,frameworkProgramme,programmePart,totalCost:double,' +
      'ecMaxContribution:double,sources:string[],memberCount:long',
    (function* () {
      for (const c of graph.consortia.values()) {
        yield (
          `${firstConsortium + c.number},${text(c.id)},${text(c.name)},${plain(c.startDate)},${plain(c.endDate)},` +
          `${text(c.title)},${text(c.frameworkProgramme)},${text(c.programmePart)},${amount(c.totalCost)},` +
          `${amount(c.ecMaxContribution)},${sources},${c.memberCount}`
        );
      }
    })(),
  );
  await writeCsv(file('sources.csv'), ':ID,id,title,contentHash,importedAt:datetime,rowCounts', [
    `${sourceNumber},${text(source.id)},${text(source.title)},${text(source.contentHash)},${source.importedAt},` +
      `${text(source.rowCounts)}`,
  ]);
  await writeCsv(
    file('memberships.csv'),
    ':START_ID,:END_ID,role,category,since:date,until:date,ecContribution:double,netEcContribution:double,' +
      'totalCost:double,sources:string[]',
    (function* () {
      for (const m of graph.memberships.values()) {
        yield (
          `${m.orgNumber},${firstConsortium + m.consortiumNumber},${text(m.role)},${text(m.category)},` +
          `${plain(m.since)},${plain(m.until)},${amount(m.ecContribution)},${amount(m.netEcContribution)},` +
          `${amount(m.totalCost)},${sources}`
        );
      }
    })(),
  );
  return {
    nodes: [
      { label: 'Organization', file: file('organizations.csv') },
      { label: 'Consortium', file: file('consortia.csv') },
      { label: 'Source', file: file('sources.csv') },
    ],
    relationships: [{ type: 'MEMBER_OF', file: file('memberships.csv') }],
    multilineFiles: multiline ? [file('organizations.csv')] : [],
    arrayDelimiter: ITEM_SEPARATOR,
  };
}
