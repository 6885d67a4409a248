import { parentPort, workerData } from 'node:worker_threads';
import { readImportRows, type CordisProject, type RowOrRejection } from './formats';
import type { ImportFormat } from './importTypes';

// The worker side of readImportRowsInWorker (rowReaderWorker.ts): reads and validates the file, posting the rows in
// runs of about POST_ROWS, at most MAX_UNANSWERED runs ahead of what the main thread has taken.

export interface RowReaderInput {
  format: ImportFormat;
  file: string;
  projects: Array<[string, CordisProject]>;
}

export type RowReaderMessage =
  | { kind: 'rows'; items: RowOrRejection[]; bytesRead: number }
  | { kind: 'done' }
  | { kind: 'error'; name: string; message: string };

const POST_ROWS = 2_000;
const MAX_UNANSWERED = 4;

async function readAndPost(port: NonNullable<typeof parentPort>, input: RowReaderInput): Promise<void> {
  const position = { bytesRead: 0 };
  let unanswered = 0;
  let wake: (() => void) | undefined;
  // Each message from the main thread says it has taken one run.
  port.on('message', () => {
    unanswered -= 1;
    wake?.();
  });
  let run: RowOrRejection[] = [];
  const post = async () => {
    while (unanswered >= MAX_UNANSWERED) await new Promise<void>((resolve) => (wake = resolve));
    unanswered += 1;
    port.postMessage({ kind: 'rows', items: run, bytesRead: position.bytesRead } satisfies RowReaderMessage);
    run = [];
  };
  for await (const items of readImportRows(input.format, input.file, new Map(input.projects), position)) {
    for (const item of items) run.push(item);
    if (run.length >= POST_ROWS) await post();
  }
  if (run.length > 0) await post();
  port.postMessage({ kind: 'done' } satisfies RowReaderMessage);
  port.close();
}

if (parentPort !== null) {
  const port = parentPort;
  readAndPost(port, workerData as RowReaderInput).catch((error: unknown) => {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ kind: 'error', name, message } satisfies RowReaderMessage);
    port.close();
  });
}
