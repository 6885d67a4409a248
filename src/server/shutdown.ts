import type { RunningServer } from './createServer';

export interface ShutdownOptions {
  server: Pick<RunningServer, 'markShuttingDown' | 'stop'>;
  /** Closes what the server used (the Neo4j driver). */
  close: () => Promise<void>;
  /**
   * Runs once the API has stopped (e.g. stopping the local Neo4j that `npm start` started), given the time left
   * before the deadline: it must resolve by then (Neo4j, once signalled, finishes its shutdown on its own).
   */
  afterClose?: (remainingMs: number) => Promise<void>;
  /** How long readiness answers 503 while requests are still served (SIGTERM only). */
  readinessDelayMs: number;
  /** Past this, the process exits 1 whatever is still running. */
  deadlineMs: number;
  say: (line: string) => void;
  exit?: (code: number) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Kept back from the deadline for what follows `afterClose` (flushing output, exiting). */
const EXIT_MARGIN_MS = 1_500;

/**
 * Stops the process gracefully: readiness goes 503, (on SIGTERM) a pause lets load balancers stop
 * routing, then new connections are refused, idle ones closed and in-flight requests drained,
 * the database closes, what this process started stops (within what is left of the deadline), and the process
 * exits 0 — or 1 if the API itself takes longer than the deadline.
 */
export async function shutDown(signal: NodeJS.Signals, options: ShutdownOptions): Promise<void> {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signalled = Date.now();
  const deadline = setTimeout(() => {
    options.say(`Shutdown took longer than ${options.deadlineMs} ms; exiting.`);
    exit(1);
  }, options.deadlineMs);
  deadline.unref();
  options.say(`${signal} received: finishing in-flight requests and stopping...`);
  options.server.markShuttingDown();
  // Ctrl-C is a person at a terminal: no load balancer to wait for.
  if (signal === 'SIGTERM' && options.readinessDelayMs > 0) await sleep(options.readinessDelayMs);
  try {
    await options.server.stop();
    await options.close();
    await options.afterClose?.(Math.max(0, options.deadlineMs - (Date.now() - signalled) - EXIT_MARGIN_MS));
  } catch (error) {
    options.say(`Error while stopping: ${(error as Error).message}`);
    exit(1);
    return;
  }
  clearTimeout(deadline);
  exit(0);
}

/** Runs `shutDown` once on the first SIGTERM or SIGINT. */
export function installShutdownHandlers(options: ShutdownOptions): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void shutDown(signal, options);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
