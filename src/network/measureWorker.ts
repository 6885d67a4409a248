// The body of a measure worker thread (started by measurePool.ts): computes the betweenness and communities of the
// graph in `workerData`, posts them back (the buffers moved, not copied), and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { graphMeasures, type GraphMeasureInput } from './measures';

const result = graphMeasures(workerData as GraphMeasureInput);
const buffers = [result.betweenness?.buffer, result.communities?.buffer].filter(
  (buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer,
);
parentPort?.postMessage(result, buffers);
