// The body of a layout worker thread (started by layoutPositions.ts through a WorkerPool): lays out the graph in
// `workerData`, posts the positions back (the buffers moved, not copied), and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { computeLayout, type LayoutInput } from './layout';

const result = computeLayout(workerData as LayoutInput);
parentPort?.postMessage(result, [result.x.buffer as ArrayBuffer, result.y.buffer as ArrayBuffer]);
