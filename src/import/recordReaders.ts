import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { Parser, type Options as CsvOptions } from 'csv-parse';
import type { Rejection } from '../edits/importRows';
import { ImportError, type RawRecord } from './importTypes';

/** Where a reader is in its file, for the progress bar. */
export interface ReadPosition {
  bytesRead: number;
}

/** A reader yields records, or rejections for records the parser could not read (wrong column count). */
export type RecordOrRejection = { record: RawRecord } | { rejection: Rejection };

/**
 * csv-parse's stream parser, each record pushed as a RecordOrRejection with its line (the parser's own line count
 * when it pushes the record, which is what its `info` option reports) and each record it skips pushed in its place
 * as a rejection, so the two stay in file order. Measured on the 1M-row L file: `info: true` copies the parser's
 * counters into a new object per record and took 6 of 17 s; reading `parser.info.lines` costs nothing.
 */
class LocatingParser extends Parser {
  constructor(options: CsvOptions) {
    super(options);
    this.on('skip', (error: Error & { lines?: number }) => {
      super.push({ rejection: { location: `line ${error.lines ?? '?'}`, reason: error.message } });
    });
  }

  override push(record: unknown, encoding?: BufferEncoding): boolean {
    if (record === null) return super.push(null, encoding);
    const fields = record as Record<string, string>;
    return super.push({ record: { location: `line ${this.info.lines}`, fields } }, encoding);
  }
}

/** What the parser has ready, taken at once: one await per chunk of the file rather than one per record. */
async function* drain<T>(stream: Readable): AsyncGenerator<T[]> {
  let ended = false;
  let failure: Error | undefined;
  stream.once('end', () => (ended = true));
  stream.once('error', (error: Error) => (failure = error));
  for (;;) {
    const items: T[] = [];
    for (let item: T | null = stream.read(); item !== null; item = stream.read()) items.push(item);
    if (items.length > 0) yield items;
    if (failure !== undefined) throw failure;
    if (ended) return;
    await new Promise<void>((resolve) => {
      const wake = () => {
        stream.off('readable', wake).off('end', wake).off('error', wake);
        resolve();
      };
      stream.on('readable', wake).on('end', wake).on('error', wake);
    });
  }
}

/**
 * Streams a CSV file (never the whole file in memory), in runs of records as the parser produces them. A record
 * the parser cannot read is yielded as a rejection with its line number, in its place; the rest continue.
 */
export async function* readCsvRecords(
  file: string,
  options: CsvOptions,
  position: ReadPosition,
  checkHeader: (columns: string[]) => void,
): AsyncGenerator<RecordOrRejection[]> {
  const input = openFile(file);
  let headerChecked = false;
  const parser = input.pipe(
    new LocatingParser({
      ...options,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      columns: true,
    }),
  );
  try {
    for await (const items of drain<RecordOrRejection>(parser)) {
      position.bytesRead = input.bytesRead;
      if (!headerChecked) {
        const first = items.find((item) => 'record' in item);
        if (first !== undefined) {
          checkHeader(Object.keys(first.record.fields));
          headerChecked = true;
        }
      }
      yield items;
    }
    position.bytesRead = input.bytesRead;
  } finally {
    input.destroy();
  }
}

/**
 * Reads `{ "memberships": [ {...}, ... ] }`. JSON is parsed whole (there is no streaming JSON
 * parser among the dependencies); the CSV formats are the ones meant for large files.
 */
export async function* readJsonRecords(file: string, position: ReadPosition): AsyncGenerator<RecordOrRejection[]> {
  const text = await fs.promises.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ImportError(`cannot read ${file}: ${error.message}`);
  });
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const memberships = (document as { memberships?: unknown })?.memberships;
  if (!Array.isArray(memberships)) throw new ImportError(`${file}: expected { "memberships": [ ... ] }`);
  position.bytesRead = Buffer.byteLength(text);
  yield memberships.map((item: unknown, index): RecordOrRejection => {
    const location = `memberships[${index}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      return { rejection: { location, reason: 'expected an object' } };
    }
    const fields = Object.fromEntries(
      Object.entries(item as Record<string, unknown>)
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([key, value]) => [snakeCase(key), String(value)]),
    );
    return { record: { location, fields } };
  });
}

/** organizationId → organization_id, so JSON rows share the generic CSV's column names. */
const snakeCase = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

function openFile(file: string): fs.ReadStream {
  if (!fs.existsSync(file)) throw new ImportError(`cannot read ${file}: no such file`);
  return fs.createReadStream(file);
}
