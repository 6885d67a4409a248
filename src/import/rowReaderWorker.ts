import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CordisProject, RowOrRejection } from './formats';
import { ImportError, type ImportFormat } from './importTypes';
import type { ReadPosition } from './recordReaders';
import type { RowReaderInput, RowReaderMessage } from './rowReaderThread';

/**
 * readImportRows (formats.ts) run in a worker thread: the same rows and rejections in the same order, while this
 * thread does something else with the previous ones (an initial load resolves them into its memory graph). Parsing
 * and validating took most of an initial load's reading time on one thread (bench/RESULTS.md, "Initial load").
 * A failure of the reader (a bad header, an unreadable file) is thrown here as the reader threw it.
 */
export async function* readImportRowsInWorker(
  format: ImportFormat,
  file: string,
  projects: Map<string, CordisProject>,
  position: ReadPosition,
): AsyncGenerator<RowOrRejection[]> {
  const worker = startWorker({ format, file, projects: [...projects] });
  const arrived: RowReaderMessage[] = [];
  let wake: (() => void) | undefined;
  const receive = (message: RowReaderMessage) => {
    arrived.push(message);
    wake?.();
  };
  worker.on('message', receive);
  worker.on('error', (error) => receive({ kind: 'error', name: error.name, message: error.message }));
  worker.on('exit', (code) => receive({ kind: 'error', name: 'Error', message: `the row reader stopped (${code})` }));
  try {
    // Ends at 'done' or an error, both of which the worker always sends before it exits (then 'exit' arrives).
    for (;;) {
      while (arrived.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const message = arrived.shift()!;
      if (message.kind === 'done') return;
      if (message.kind === 'error') {
        throw message.name === 'ImportError' ? new ImportError(message.message) : new Error(message.message);
      }
      position.bytesRead = message.bytesRead;
      worker.postMessage('taken');
      yield message.items;
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}

/** The thread's module: compiled JavaScript as is, TypeScript (tsx, jest) through tsx's loader. */
function startWorker(input: RowReaderInput): Worker {
  const thread = path.join(__dirname, `rowReaderThread${path.extname(__filename)}`);
  if (path.extname(__filename) !== '.ts') return new Worker(thread, { workerData: input });
  const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(thread)});`;
  return new Worker(bootstrap, { eval: true, workerData: input });
}
