import fs from 'node:fs';
import { parse, type Options as CsvOptions } from 'csv-parse';
import type { Rejection } from '../edits/importRows';
import { ImportError, type RawRecord } from './importTypes';

/** Where a reader is in its file, for the progress bar. */
export interface ReadPosition {
  bytesRead: number;
}

/** A reader yields records, or rejections for records the parser could not read (wrong column count). */
export type RecordOrRejection = { record: RawRecord } | { rejection: Rejection };

/**
 * Streams a CSV file record by record (never the whole file in memory). A record the parser
 * cannot read is yielded as a rejection with its line number; the rest continue.
 */
export async function* readCsvRecords(
  file: string,
  options: CsvOptions,
  position: ReadPosition,
  checkHeader: (columns: string[]) => void,
): AsyncGenerator<RecordOrRejection> {
  const input = openFile(file);
  const skipped: Rejection[] = [];
  let headerChecked = false;
  const parser = input.pipe(
    parse({
      ...options,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      columns: true,
    }),
  );
  parser.on('skip', (error: Error & { lines?: number }) => {
    skipped.push({ location: `line ${error.lines ?? '?'}`, reason: error.message });
  });
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      position.bytesRead = input.bytesRead;
      if (!headerChecked) checkHeader(Object.keys(item.record));
      headerChecked = true;
      while (skipped.length > 0) yield { rejection: skipped.shift()! };
      yield { record: { location: `line ${item.info.lines}`, fields: item.record } };
    }
    while (skipped.length > 0) yield { rejection: skipped.shift()! };
    position.bytesRead = input.bytesRead;
  } finally {
    input.destroy();
  }
}

/**
 * Reads `{ "memberships": [ {...}, ... ] }`. JSON is parsed whole (there is no streaming JSON
 * parser among the dependencies); the CSV formats are the ones meant for large files.
 */
export async function* readJsonRecords(file: string, position: ReadPosition): AsyncGenerator<RecordOrRejection> {
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
  for (const [index, item] of memberships.entries()) {
    const location = `memberships[${index}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      yield { rejection: { location, reason: 'expected an object' } };
      continue;
    }
    const fields = Object.fromEntries(
      Object.entries(item as Record<string, unknown>)
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([key, value]) => [snakeCase(key), String(value)]),
    );
    yield { record: { location, fields } };
  }
}

/** organizationId → organization_id, so JSON rows share the generic CSV's column names. */
const snakeCase = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

function openFile(file: string): fs.ReadStream {
  if (!fs.existsSync(file)) throw new ImportError(`cannot read ${file}: no such file`);
  return fs.createReadStream(file);
}
