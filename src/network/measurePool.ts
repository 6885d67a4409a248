import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { graphMeasures, type GraphMeasureInput, type GraphMeasureResult, type GraphMeasureRunner } from './measures';
import { measureWork, type NetworkLimits } from './networkLimits';

/** What a pool allows: NETWORK_MEASURE_WORKERS, NETWORK_MEASURE_QUEUE and NETWORK_MEASURE_TIMEOUT_MS of the configuration. */
export interface WorkerPoolOptions {
  /** Workers computing at once. */
  workers: number;
  /** Requests waiting for a worker; one more is refused at once. */
  queue: number;
  /** How long a worker may compute before it is terminated; also how long a request may wait for one. */
  timeoutMs: number;
}

/** A measure worker ran past its deadline and was terminated. Not the client's fault; a smaller network helps. */
export class MeasureTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(
      `Betweenness and communities did not finish within ${timeoutMs} ms (NETWORK_MEASURE_TIMEOUT_MS) and were ` +
        'stopped. Narrow the network (fewer consortia, kinds, asOf, a higher minWeight) or ask without ' +
        'betweenness and community.',
    );
    this.name = 'MeasureTimeoutError';
  }
}

/** Every measure worker is busy and the queue is full, or a request waited its whole deadline: retry later. */
export class MeasureBusyError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    reason: 'full' | 'waited',
  ) {
    super(
      (reason === 'full'
        ? 'Every measure worker is busy and the queue of waiting networks is full'
        : 'No measure worker became free in time') +
        `; retry in about ${retryAfterSeconds} s, or ask without betweenness and community.`,
    );
    this.name = 'MeasureBusyError';
  }
}

/** The script a pool's workers run, and what it answers past its deadline. */
export interface WorkerScript {
  file: string;
  execArgv?: string[];
  timeoutError: (timeoutMs: number) => Error;
}

interface Waiting {
  start: () => void;
  refuse: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Runs a CPU-heavy job (`script`: measures, layouts) in worker threads, at most `options.workers` at once, so it never
 * blocks the event loop. A request finding every worker busy waits in a queue of at most `options.queue`, for at
 * most `options.timeoutMs`; past either bound it is refused with {@link MeasureBusyError}. A worker still computing
 * after `options.timeoutMs` is terminated and its request refused with {@link MeasureTimeoutError}. Each run has
 * its own worker, which ends with it: a terminated worker leaves nothing behind and memory goes back at once.
 */
export class WorkerPool<I, O> {
  private running = 0;
  private started = 0;
  private readonly waiting: Waiting[] = [];
  private readonly workers = new Set<Worker>();

  constructor(
    readonly options: WorkerPoolOptions,
    private readonly script: WorkerScript,
  ) {}

  /** The answer to `input`, computed in a worker once a slot is free. */
  run(input: I): Promise<O> {
    return this.withSlot((inWorker) => inWorker(input));
  }

  /**
   * Runs `work` holding one of the pool's slots (waiting for one as {@link run} does); `inWorker` computes in a
   * worker of that slot. The slot is released when `work` settles.
   */
  async withSlot<T>(work: (inWorker: (input: I) => Promise<O>) => Promise<T>): Promise<T> {
    await this.slot();
    try {
      return await work((input) => this.inWorker(input));
    } finally {
      this.release();
    }
  }

  /** How many workers compute now, how many requests wait for one, and how many workers were ever started. */
  get load(): { running: number; waiting: number; started: number } {
    return { running: this.running, waiting: this.waiting.length, started: this.started };
  }

  /** Terminates the running workers (their requests fail) and refuses the waiting ones: for shutdown and tests. */
  async close(): Promise<void> {
    for (const waiting of this.waiting.splice(0)) waiting.refuse(new Error('The measure pool was closed'));
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }

  private slot(): Promise<void> {
    if (this.running < this.options.workers) {
      this.running += 1;
      return Promise.resolve();
    }
    const retryAfter = Math.ceil(this.options.timeoutMs / 1000);
    if (this.waiting.length >= this.options.queue) return Promise.reject(new MeasureBusyError(retryAfter, 'full'));
    return new Promise((resolve, reject) => {
      const waiting: Waiting = {
        // release() hands its slot over: `running` stays as it is.
        start: () => {
          clearTimeout(waiting.timer);
          resolve();
        },
        refuse: (error) => {
          clearTimeout(waiting.timer);
          reject(error);
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiting), 1);
          reject(new MeasureBusyError(retryAfter, 'waited'));
        }, this.options.timeoutMs),
      };
      this.waiting.push(waiting);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.running -= 1;
  }

  /** Settles once the worker has exited, so a slot is free only when its thread is gone. */
  private inWorker(input: I): Promise<O> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.script.file, { workerData: input, execArgv: this.script.execArgv });
      this.started += 1;
      this.workers.add(worker);
      let outcome: { result: O } | { error: Error } | undefined;
      const deadline = setTimeout(() => {
        outcome ??= { error: this.script.timeoutError(this.options.timeoutMs) };
        void worker.terminate();
      }, this.options.timeoutMs);
      worker.once('message', (result: O) => (outcome ??= { result }));
      worker.once('error', (error) => (outcome ??= { error }));
      worker.once('exit', (code) => {
        clearTimeout(deadline);
        this.workers.delete(worker);
        if (outcome && 'result' in outcome) resolve(outcome.result);
        else if (outcome) reject(outcome.error);
        else
          reject(new Error(`The worker ${path.basename(this.script.file)} exited with code ${code} before answering`));
      });
    });
  }
}

/** A pool of measure workers ({@link graphMeasures}: betweenness and communities). */
export class MeasurePool extends WorkerPool<GraphMeasureInput, GraphMeasureResult> {
  constructor(options: WorkerPoolOptions) {
    super(options, { ...workerScript('measureWorker'), timeoutError: (ms) => new MeasureTimeoutError(ms) });
  }
}

/**
 * The file of worker script `name`, beside this one. Under tsx (`npm start`) and jest this file is TypeScript, and a worker does
 * not inherit either one's loader (tsx's `--import` hook fails in a worker with "Unknown file extension .ts"), so it
 * is given tsx's CommonJS hook; compiled to JavaScript, the .js file loads as it is.
 */
export function workerScript(name: string): { file: string; execArgv?: string[] } {
  const extension = path.extname(__filename);
  const file = path.join(__dirname, `${name}${extension}`);
  return extension === '.ts' ? { file, execArgv: ['--require', require.resolve('tsx/cjs')] } : { file };
}

const pools = new WeakMap<NetworkLimits, MeasurePool>();

/** The pool of a server's limits: one per limits object, so a server's requests share its worker cap. */
export function measurePoolOf(limits: NetworkLimits): MeasurePool {
  let pool = pools.get(limits);
  if (!pool) {
    pool = new MeasurePool({
      workers: limits.measureWorkers,
      queue: limits.measureQueue,
      timeoutMs: limits.measureTimeoutMs,
    });
    pools.set(limits, pool);
  }
  return pool;
}

/**
 * Runs `build` holding a slot of the pool of `limits`, so that at most NETWORK_MEASURE_WORKERS measured networks
 * are built at once, from their first read to their last measure: a burst neither starts more workers nor loads
 * Neo4j with more reads than that, and what the queue cannot hold is refused before any read. `measure` computes
 * in this thread a network small enough that a worker's start would cost more (`limits.inlineMeasureWork`), any
 * other in a worker.
 */
export function withMeasureSlot<T>(limits: NetworkLimits, build: (measure: GraphMeasureRunner) => Promise<T>) {
  return measurePoolOf(limits).withSlot((inWorker) =>
    build((input) =>
      measureWork(input.nodeIds.length, input.edgeIds.length) <= limits.inlineMeasureWork
        ? Promise.resolve(graphMeasures(input))
        : inWorker(input),
    ),
  );
}
