import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
  type SessionMode,
  type Transaction,
} from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors';
import { sendBoltWithoutDelay } from './boltNoDelay';
import { translateDriverError } from './driverErrors';

export interface DatabaseOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** A transaction running longer than this is ended by Neo4j and by the driver. */
  queryTimeoutMs: number;
  /** Bounds connecting and waiting for a pooled connection, so a dead Neo4j fails fast. */
  connectTimeoutMs: number;
  /** Most connections the driver keeps to Neo4j (default 50); a call past it waits up to `connectTimeoutMs`. */
  maxConnectionPoolSize?: number;
}

/**
 * Called after every statement sent, with its text, its parameters as sent to Neo4j and how long it took; for
 * metrics and tests (which EXPLAIN the statements with the same parameters).
 */
export type QueryObserver = (event: { cypher: string; params: Params; durationMs: number; ok: boolean }) => void;

export type Params = Record<string, unknown>;

/** What a read needs: a statement run, its records. A Database, or one transaction of it (`readTogether`). */
export interface Reader {
  read<T extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<T[]>;
}

declare const txBrand: unique symbol;

/**
 * A transaction opened by `readTx`/`writeTx`, as the rest of the code sees it: a handle it passes back to the
 * statements of `src/db/`, which alone run Cypher in it. The driver's own transaction type stays inside `db/`.
 */
export interface Tx {
  readonly [txBrand]: true;
}

/** Sends one statement with its parameters as Neo4j takes them: in a transaction, or on its own (auto-commit). */
type StatementRunner<T extends RecordShape> = (cypher: string, params: Params) => Promise<QueryResult<T>>;

/** The handle of a driver transaction, and back (the handle is the driver's object, typed opaquely). */
const handleOf = (tx: ManagedTransaction): Tx => tx as unknown as Tx;
const driverTx = (tx: Tx): ManagedTransaction => tx as unknown as ManagedTransaction;

/** The transaction `Database.readStream` hands its callback: statements whose records arrive as they are read. */
export interface StreamingTx {
  /**
   * Runs one statement and yields its records as Neo4j sends them (the driver pulls more as they are consumed, so
   * a slow consumer holds Neo4j back rather than filling memory). Consume it, or stop iterating, before starting
   * the next statement.
   */
  stream<T extends RecordShape = RecordShape>(cypher: string, params?: Params): AsyncIterable<T>;
}

/**
 * The one place that talks to Neo4j: every read and write of GraphQL, seed, import, export and the
 * CLI goes through `read`/`write`, so timeouts, error translation and query counting live here.
 * Cypher is always parameterised: callers pass values in `params`, never in the text.
 */
export class Database {
  private openSessions = 0;
  /** Whether Neo4j has answered through this handle: a connection closed before that is read as a TLS mismatch. */
  private answered = false;

  private constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
    private readonly observers = new Set<QueryObserver>(),
    private readonly ownsDriver = true,
  ) {}

  static connect(options: DatabaseOptions): Database {
    return new Database(Database.openDriver(options), options);
  }

  /**
   * A second handle on the same database, with a driver and connection pool of its own of `maxConnectionPoolSize`
   * connections, for work that may hold connections long (streamed exports waiting on a slow client): however long
   * it holds them, it never takes one from this handle's pool. Observers are shared, so `observe` on either hears
   * every statement of both. Close it on its own.
   */
  withOwnPool(maxConnectionPoolSize: number): Database {
    const options = { ...this.options, maxConnectionPoolSize };
    return new Database(Database.openDriver(options), options, this.observers);
  }

  private static openDriver(options: DatabaseOptions): Driver {
    sendBoltWithoutDelay();
    return neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      connectionTimeout: options.connectTimeoutMs,
      connectionAcquisitionTimeout: options.connectTimeoutMs,
      // Retries of a transaction on transient errors stop after this: a deadlock gets a retry or two,
      // while a Neo4j that is gone (connections refused) fails the request in about a second.
      maxTransactionRetryTime: Math.min(options.queryTimeoutMs, MAX_RETRY_TIME_MS),
      maxConnectionPoolSize: options.maxConnectionPoolSize ?? DEFAULT_POOL_SIZE,
      disableLosslessIntegers: true,
      logging: { level: 'error', logger: () => {} },
    });
  }

  get name(): string {
    return this.options.database;
  }

  /** Sessions open now; each holds at most one pooled connection (the driver has no public pool API). */
  get sessionsInUse(): number {
    return this.openSessions;
  }

  /** Registers an observer; returns the function that removes it. */
  observe(observer: QueryObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /**
   * Runs one statement as a read and returns its records. Sent as an auto-commit transaction: one round trip to
   * Neo4j instead of a managed transaction's BEGIN, RUN and COMMIT (2.3 ms less a statement at a load of 8, in
   * bench/RESULTS.md). The driver does not retry auto-commit statements, so one that fails with an error the driver
   * would retry is run again as a managed read, with the driver's retries; any other error is final as before.
   */
  async read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    const timeout = this.options.queryTimeoutMs;
    const work = async (session: Session): Promise<T[]> => {
      try {
        const result = await this.execute<T>((text, sent) => session.run<T>(text, sent, { timeout }), cypher, params);
        return result.records.map((record) => record.toObject());
      } catch (error) {
        if (!neo4j.isRetriableError(error)) throw error;
        return session.executeRead((tx) => this.run<T>(handleOf(tx), cypher, params), { timeout });
      }
    };
    return this.withSession(work, timeout, neo4j.session.READ);
  }

  /** Runs one statement in a write transaction and returns its records. */
  async write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.writeTx((tx) => this.run<T>(tx, cypher, params));
  }

  /** Runs several statements in one read transaction (use `run` inside). */
  readTx<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
    const timeout = this.options.queryTimeoutMs;
    return this.withSession((session) => session.executeRead((tx) => work(handleOf(tx)), { timeout }), timeout);
  }

  /**
   * Runs `work` in one read transaction, its reads through `reader`: for statements that each depend on the one
   * before (a path search, frontier by frontier), without a transaction and its round trips each (about 1.4 ms a
   * statement measured at a load of 5). Like every read transaction, Neo4j's time limit bounds the whole, and
   * `work` runs again from the start on a transient error, so it keeps no state from outside.
   */
  readTogether<R>(work: (reader: Reader) => Promise<R>): Promise<R> {
    return this.readTx((tx) => work({ read: (cypher, params) => this.run(tx, cypher, params) }));
  }

  /** Runs several statements in one write transaction: all of them or none. */
  writeTx<R>(work: (tx: Tx) => Promise<R>, timeoutMs = this.options.queryTimeoutMs): Promise<R> {
    return this.withSession(
      (session) => session.executeWrite((tx) => work(handleOf(tx)), { timeout: timeoutMs }),
      timeoutMs,
    );
  }

  /** Runs one statement inside a transaction opened by readTx/writeTx, counting and timing it. */
  async run<T extends RecordShape = RecordShape>(tx: Tx, cypher: string, params: Params = {}): Promise<T[]> {
    const result = await this.execute<T>(tx, cypher, params);
    return result.records.map((record) => record.toObject());
  }

  /**
   * Like `run`, for a write whose caller needs to know what it changed (nodes and relationships created):
   * MERGE cannot say in its rows whether it created or matched, Neo4j's update counters can.
   */
  async runCountingUpdates<T extends RecordShape = RecordShape>(
    tx: Tx,
    cypher: string,
    params: Params = {},
  ): Promise<{ records: T[]; nodesCreated: number; relationshipsCreated: number }> {
    const result = await this.execute<T>(tx, cypher, params);
    const { nodesCreated, relationshipsCreated } = result.summary.counters.updates();
    return { records: result.records.map((record) => record.toObject()), nodesCreated, relationshipsCreated };
  }

  /** Sends one statement (integers as Neo4j integers) and tells the observers how it went and how long it took. */
  private async execute<T extends RecordShape>(
    where: Tx | StatementRunner<T>,
    cypher: string,
    params: Params,
  ): Promise<QueryResult<T>> {
    const started = performance.now();
    const sent = toNeo4jValues(params) as Params;
    const send: StatementRunner<T> =
      typeof where === 'function' ? where : (text, values) => driverTx(where).run<T>(text, values);
    let ok = false;
    try {
      const result = await send(cypher, sent);
      ok = true;
      return result;
    } finally {
      const durationMs = performance.now() - started;
      for (const observer of this.observers) observer({ cypher, params: sent, durationMs, ok });
    }
  }

  /**
   * Runs `work` in one read transaction whose statements stream their records (`tx.stream`), for answers too large
   * to hold (network exports). The transaction may stay open for `timeoutMs`, enforced by Neo4j and, like every
   * call here, by a client-side deadline shortly after it (a hung Neo4j fails with DatabaseUnavailableError). It is
   * never retried: the caller may already have passed records on. Observers hear of each statement once it is
   * consumed, stopped early or failed; its `durationMs` is the time spent waiting on Neo4j for its records, not the
   * time the consumer took between them. Driver errors are translated as everywhere else.
   */
  readStream<R>(work: (tx: StreamingTx) => Promise<R>, timeoutMs = this.options.queryTimeoutMs): Promise<R> {
    return this.withSession(
      async (session) => {
        const tx = await session.beginTransaction({ timeout: timeoutMs });
        try {
          const result = await work({ stream: (cypher, params) => this.streamRecords(tx, cypher, params) });
          await tx.commit();
          return result;
        } catch (error) {
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
          throw error;
        }
      },
      timeoutMs,
      'READ',
    );
  }

  /** One statement of `readStream`: its records as they arrive, timed and reported like `run`'s. */
  private async *streamRecords<T extends RecordShape>(
    tx: Transaction,
    cypher: string,
    params: Params = {},
  ): AsyncGenerator<T> {
    const sent = toNeo4jValues(params) as Params;
    let waitedMs = 0;
    let ok = true;
    let finished = false;
    const records = tx.run<T>(cypher, sent)[Symbol.asyncIterator]();
    try {
      for (;;) {
        const asked = performance.now();
        let next: IteratorResult<{ toObject(): T }>;
        try {
          next = await records.next();
        } catch (error) {
          ok = false;
          throw translateDriverError(error, this.options.uri, { answeredBefore: this.answered });
        } finally {
          waitedMs += performance.now() - asked;
        }
        finished = next.done === true;
        if (finished) return;
        yield next.value.toObject();
      }
    } finally {
      // Stopped early (the consumer broke off or failed): the rest of the result is discarded, not an error.
      if (ok && !finished) await records.return?.().catch(() => undefined);
      for (const observer of this.observers) observer({ cypher, params: sent, durationMs: waitedMs, ok });
    }
  }

  /** Answers whether Neo4j responds to RETURN 1 within `timeoutMs`. */
  async ping(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const query = this.read('RETURN 1 AS ok').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * A stamp of the graph's state that changes with every committed write, by anyone (the API, an import, another
   * process): the bookmark Neo4j hands a fresh session, which names its last committed transaction. Exports use it
   * as their ETag's base.
   */
  async graphVersion(): Promise<string> {
    const timeout = this.options.queryTimeoutMs;
    return this.withSession(async (session) => {
      await session.executeRead((tx) => tx.run('RETURN 1'), { timeout });
      return session.lastBookmarks().join(',');
    }, timeout);
  }

  /**
   * This handle with another transaction time limit, on the same driver and pool: for the server's own start-up
   * work (the schema, the empty-graph check, the seed), which answers no client and must not fail by the limit
   * set for clients' questions (NEO4J_QUERY_TIMEOUT_MS, which may be 1 ms in a test). Closing it leaves the
   * driver open: close the handle it came from.
   */
  withQueryTimeout(queryTimeoutMs: number): Database {
    const view = new Database(this.driver, { ...this.options, queryTimeoutMs }, this.observers, false);
    view.answered = this.answered;
    return view;
  }

  async close(): Promise<void> {
    if (this.ownsDriver) await this.driver.close();
  }

  /**
   * Each call gets its own session, closed whatever happens; driver errors are translated here.
   * The transaction timeout is enforced by Neo4j, which a hung (stopped) Neo4j cannot do, so the
   * call also gives up on its own shortly after `timeoutMs` and leaves the session to close later.
   */
  private async withSession<R>(
    work: (session: Session) => Promise<R>,
    timeoutMs: number,
    accessMode?: SessionMode,
  ): Promise<R> {
    const session = this.driver.session({
      database: this.options.database,
      ...(accessMode ? { defaultAccessMode: accessMode } : {}),
    });
    this.openSessions += 1;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(new DatabaseUnavailableError(`Neo4j at ${this.options.uri} did not answer within ${timeoutMs} ms.`)),
        timeoutMs + CLIENT_DEADLINE_MARGIN_MS,
      );
    });
    const running = work(session);
    let hung = false;
    try {
      const result = await Promise.race([running, deadline]);
      this.answered = true;
      return result;
    } catch (error) {
      hung = error instanceof DatabaseUnavailableError;
      throw translateDriverError(error, this.options.uri, { answeredBefore: this.answered });
    } finally {
      clearTimeout(timer);
      const closed = (hung ? running.catch(() => undefined) : Promise.resolve()).then(() => session.close());
      const released = closed.catch(() => undefined).finally(() => (this.openSessions -= 1));
      if (!hung) await released;
    }
  }
}

/** The driver's own default: GraphQL requests share these connections. */
const DEFAULT_POOL_SIZE = 50;

/** Upper bound of the driver's retries of a failed transaction (it waits 1 s, then 2 s, ...). */
const MAX_RETRY_TIME_MS = 2000;

/**
 * How long after the transaction timeout a call stops waiting for an answer that Neo4j did not send. Neo4j looks
 * for transactions past their timeout every 2 s (db.transaction.monitor.check.interval) and then stops them, so
 * its own "timed out" arrives up to about 2.5 s late (measured); waiting longer than that lets a slow question be
 * answered as a timeout, and leaves this deadline to a Neo4j that is hung.
 */
const CLIENT_DEADLINE_MARGIN_MS = 3000;

/**
 * JavaScript numbers reach Neo4j as floats, which LIMIT/SKIP and integer properties reject; whole
 * numbers are sent as Neo4j integers instead.
 */
function toNeo4jValues(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jValues);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNeo4jValues(inner)]));
  }
  return value;
}
