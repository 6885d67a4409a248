import { UnreachableCaseError } from '../errors';
import { yieldingChunks } from './chunks';
import { writeCytoscapeJson } from './cytoscapeJson';
import { writeEdgesCsv, writeNodesCsv } from './csv';
import { writeD3Json } from './d3Json';
import { withExportTexts } from './exportText';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeGraphologyJson } from './graphologyJson';
import type { NetworkSource } from './networkTypes';

/** Every export format, in the order a UI should list them. */
export const EXPORT_FORMATS = ['graphml', 'gexf', 'cytoscape', 'd3', 'graphology', 'nodes.csv', 'edges.csv'] as const;

/** A file format a network can be exported in. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  /** What follows `network.` in the URL and the file name, e.g. `cytoscape.json` for `network.cytoscape.json`. */
  extension: string;
  /** The name a download is offered under (`Content-Disposition`), and the last segment of its URL. */
  fileName: string;
  /** The HTTP `Content-Type`, always with the charset since labels are Korean, Japanese, Hebrew and more. */
  contentType: string;
}

function formatInfo(extension: string, contentType: string): ExportFormatInfo {
  return { extension, fileName: `network.${extension}`, contentType };
}

const GRAPHML_TYPE = 'application/graphml+xml; charset=utf-8';
const GEXF_TYPE = 'application/gexf+xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  graphml: formatInfo('graphml', GRAPHML_TYPE),
  gexf: formatInfo('gexf', GEXF_TYPE),
  // `.cyjs` is the extension Cytoscape desktop's File > Import > Network from File recognises for this JSON.
  cytoscape: formatInfo('cyjs', JSON_TYPE),
  d3: formatInfo('d3.json', JSON_TYPE),
  graphology: formatInfo('graphology.json', JSON_TYPE),
  'nodes.csv': formatInfo('nodes.csv', CSV_TYPE),
  'edges.csv': formatInfo('edges.csv', CSV_TYPE),
};

/**
 * Reads a format from a URL: accepts the format name (`cytoscape`), its extension (`cytoscape.json`) or the whole
 * file name (`network.cytoscape.json`). Returns `undefined` for anything else, so the caller can answer 404/400.
 */
export function parseExportFormat(text: string): ExportFormat | undefined {
  const name = text.startsWith('network.') ? text.slice('network.'.length) : text;
  // `cytoscape.json` was the Cytoscape export's extension before `.cyjs`; links to it keep working.
  if (name === 'cytoscape.json') return 'cytoscape';
  return EXPORT_FORMATS.find((format) => format === name || EXPORT_FORMAT_INFO[format].extension === name);
}

/** What a download's name says about the network it holds (the options of networkOptions.ts). */
export interface DownloadNameParts {
  projection: string;
  consortia: readonly string[] | null;
  kinds: readonly string[] | null;
  minWeight: number | null;
  includeAffiliations: boolean;
  includeAffiliates?: boolean;
  activeOnly?: boolean;
  asOf: string | null;
  sources?: readonly string[] | null;
  labelLanguage: string;
  measures: readonly string[];
}

/**
 * The file name a download is offered under: the projection and every option that changes the content, so two
 * different exports never overwrite each other in a downloads folder, e.g.
 * `network-co-membership-2025-12-31-active-rolled-up-ko.gexf`. Consortia are named when there are at most three,
 * else counted with a short hash of their ids. Only `[a-z0-9.-]`, so no browser or shell needs quoting.
 */
export function downloadName(format: ExportFormat, parts: DownloadNameParts): string {
  const words = [parts.projection];
  if (parts.asOf) words.push(parts.asOf);
  if (parts.activeOnly) words.push('active');
  if (parts.includeAffiliates) words.push('rolled-up');
  if (parts.includeAffiliations) words.push('affiliations');
  if (parts.consortia) words.push(consortiaWord(parts.consortia));
  if (parts.kinds) words.push(...[...parts.kinds].sort());
  if (parts.sources) words.push('cited-by', sourcesWord(parts.sources));
  if (parts.minWeight !== null) words.push(`min-weight-${parts.minWeight}`);
  if (parts.labelLanguage !== 'EN') words.push(parts.labelLanguage);
  if (parts.measures.length === 0) words.push('no-measures');
  else if (!parts.measures.includes('betweenness')) words.push('degree');
  const stem = words
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `network-${stem}.${EXPORT_FORMAT_INFO[format].extension}`;
}

function consortiaWord(consortia: readonly string[]): string {
  return idsWord(consortia, 'consortia');
}

function sourcesWord(sources: readonly string[]): string {
  return idsWord(sources, 'sources');
}

/** At most three ids by name, else their number and a short hash of them. */
function idsWord(ids: readonly string[], what: string): string {
  const sorted = [...ids].sort();
  if (sorted.length <= 3) return sorted.join('-');
  let hash = 0x811c9dc5;
  for (const char of sorted.join('\u0000')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return `${sorted.length}-${what}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** The file name a download of this format is offered under, e.g. `network.cytoscape.json`. */
export function exportFileName(format: ExportFormat): string {
  return EXPORT_FORMAT_INFO[format].fileName;
}

/** The HTTP `Content-Type` of a format, with `charset=utf-8`. */
export function exportContentType(format: ExportFormat): string {
  return EXPORT_FORMAT_INFO[format].contentType;
}

/**
 * Writes a network in a format as a stream of chunks of about 64 KiB, giving the event loop a turn between chunks.
 * Nothing builds the whole file in memory; when the nodes and edges arrive as streams, neither is the network.
 * Every text field goes through `exportText` first (control characters made visible), the same in every format.
 */
export function writeNetwork(format: ExportFormat, network: NetworkSource): AsyncIterable<string> {
  return yieldingChunks(writer(format)(withExportTexts(network)));
}

function writer(format: ExportFormat): (network: NetworkSource) => AsyncIterable<string> {
  switch (format) {
    case 'graphml':
      return writeGraphml;
    case 'gexf':
      return writeGexf;
    case 'cytoscape':
      return writeCytoscapeJson;
    case 'd3':
      return writeD3Json;
    case 'graphology':
      return writeGraphologyJson;
    case 'nodes.csv':
      return writeNodesCsv;
    case 'edges.csv':
      return writeEdgesCsv;
    default:
      throw new UnreachableCaseError(format);
  }
}

/** The client stopped reading: the stream stayed full (no `drain`) for `stallTimeoutMs`. */
export class ExportStalledError extends Error {
  constructor(readonly stallTimeoutMs: number) {
    super(`The client read nothing of the network export for ${stallTimeoutMs} ms; the export was ended`);
    this.name = 'ExportStalledError';
  }
}

/**
 * Writes a network in a format to a writable stream (an HTTP response, a file), waiting for `drain` whenever the
 * stream asks the writer to slow down. Resolves once every chunk has been handed to the stream; does not end it,
 * so the caller decides whether more follows. Rejects if the stream errors, or is closed or destroyed (a client that
 * went away) before the export is written, or (ExportStalledError) stays full for `stallTimeoutMs` (a client that
 * stopped reading), and then stops generating the rest. Without `stallTimeoutMs` it waits for `drain` as long as
 * the stream takes.
 */
export async function pipeNetwork(
  format: ExportFormat,
  network: NetworkSource,
  writable: NodeJS.WritableStream,
  stallTimeoutMs?: number,
): Promise<void> {
  for await (const chunk of writeNetwork(format, network)) {
    if (isDestroyed(writable)) throw new Error(STREAM_GONE);
    const more = writable.write(chunk, 'utf8');
    flushCompressed(writable);
    if (!more) await drainOrFail(writable, stallTimeoutMs);
  }
}

/**
 * Behind the `compression` middleware an HTTP response has `flush()`: without it, gzip holds what it was given until
 * its own buffer fills, so a client would see a large export arrive late and in bursts. A flush per 64 KiB chunk
 * costs little of the ratio.
 */
function flushCompressed(writable: NodeJS.WritableStream): void {
  const flush = (writable as { flush?: unknown }).flush;
  if (typeof flush === 'function') (flush as () => void).call(writable);
}

const STREAM_GONE = 'The stream was closed before the network export was written';

function isDestroyed(writable: NodeJS.WritableStream): boolean {
  return 'destroyed' in writable && writable.destroyed === true;
}

/**
 * Waits for `drain`; `error`, `close` or `stallTimeoutMs` without it first rejects instead of waiting forever.
 * Leaves no listener nor timer behind.
 */
function drainOrFail(writable: NodeJS.WritableStream, stallTimeoutMs: number | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      clearTimeout(timer);
      writable.off('drain', onDrain);
      writable.off('error', onError);
      writable.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onError = (error: Error) => settle(error);
    const onClose = () => settle(new Error(STREAM_GONE));
    const timer =
      stallTimeoutMs === undefined
        ? undefined
        : setTimeout(() => settle(new ExportStalledError(stallTimeoutMs)), stallTimeoutMs);
    // `once`, not `on` + `off`: behind the compression middleware, a response's 'drain' listeners live on its gzip
    // stream, which `off` on the response does not reach; a once-listener removes itself there when it fires.
    writable.once('drain', onDrain);
    writable.on('error', onError);
    writable.on('close', onClose);
  });
}
