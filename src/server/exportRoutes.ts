import { createHash, randomUUID } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import type { Database } from '../db/database';
import { ErrorCode } from '../errors';
import { exportNetwork } from '../network/exportNetwork';
import {
  downloadName,
  EXPORT_FORMATS,
  EXPORT_FORMAT_INFO,
  ExportStalledError,
  parseExportFormat,
} from '../network/formats';
import { LayoutTimeoutError } from '../network/layoutPositions';
import { MeasureBusyError, MeasureTimeoutError } from '../network/measurePool';
import type { NetworkLimits } from '../network/networkLimits';
import {
  DEFAULT_NETWORK_OPTIONS,
  NetworkOptionsError,
  parseNetworkOptions,
  type NetworkOptions,
  type NetworkOptionsText,
} from '../network/networkOptions';
import { sendHttpError } from './httpErrors';
import { exportSlots, type ExportLimits } from './exportSlots';

const OPTION_NAMES = Object.keys(DEFAULT_NETWORK_OPTIONS) as Array<keyof NetworkOptionsText>;
const FILE_NAMES = EXPORT_FORMATS.map((format) => EXPORT_FORMAT_INFO[format].fileName);

/**
 * What a 429 asks a client to wait: an export of the largest graph served here takes a few seconds, and a client
 * that stopped reading loses its place after EXPORT_STALL_TIMEOUT_MS.
 */
export const EXPORT_RETRY_AFTER_SECONDS = 5;

/**
 * GET /export/network.<ext>?projection=&consortia=a,b&kinds=&minWeight=&includeAffiliations=&includeAffiliates=
 * &activeOnly=&asOf=&labelLanguage=&measures=all|degree|none streams the network (the GraphQL `network` field's) as a download in any format of
 * `formats.ts`. A bad format or option answers 400 BAD_USER_INPUT saying what is allowed, as does a network too
 * large for betweenness and communities (before any byte of the file); a database that is down answers 503.
 * Without betweenness and communities (measures=degree or none) the rows stream from Neo4j into the file.
 * `limits` are MAX_MEASURED_NETWORK_NODES and NETWORK_EXPORT_TIMEOUT_MS of the loaded configuration.
 *
 * At most `exportLimits.maxConcurrent` exports run at once: one more is answered 429 TOO_MANY_REQUESTS with
 * Retry-After before anything is read. A client that stops reading for `exportLimits.stallTimeoutMs` has its
 * download cut, its transaction rolled back and its place freed. `db` should be a handle with a pool of its own
 * (`Database.withOwnPool`), so that exports held by slow clients never take GraphQL's connections.
 */
export function exportRouter(db: Database, logger: Logger, limits: NetworkLimits, exportLimits: ExportLimits): Router {
  const router = express.Router();
  const slots = exportSlots(exportLimits.maxConcurrent);
  router.get('/export/:file', async (req, res) => {
    const format = parseExportFormat(req.params.file);
    if (!format || !req.params.file.startsWith('network.')) {
      fail(
        res,
        400,
        ErrorCode.BAD_USER_INPUT,
        `Unknown export ${req.params.file}; use one of ${FILE_NAMES.join(', ')}`,
      );
      return;
    }
    let options: NetworkOptions;
    try {
      options = parseNetworkOptions(optionsText(req));
    } catch (error) {
      answerError(res, error, logger);
      return;
    }
    // The cap first, before any read: one export too many is answered 429 at once.
    const giveBack = slots.tryTake();
    if (!giveBack) {
      answerBusy(res, slots.taken);
      return;
    }
    let etag: string;
    try {
      etag = await exportEtag(db, req.params.file, options);
    } catch (error) {
      giveBack();
      answerError(res, error, logger);
      return;
    }
    // Revalidation costs one round trip to Neo4j, and gives its place back at once.
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'no-cache');
    if (req.fresh) {
      giveBack();
      res.status(304).end();
      return;
    }
    try {
      await exportNetwork(db, options, limits, format, {
        begin: () => {
          res.status(200);
          res.setHeader('Content-Type', EXPORT_FORMAT_INFO[format].contentType);
          // Named after the projection and options, so two downloads of different networks never collide.
          res.setHeader('Content-Disposition', `attachment; filename="${downloadName(format, options)}"`);
          return res;
        },
        stallTimeoutMs: exportLimits.stallTimeoutMs,
      });
      res.end();
    } catch (error) {
      answerError(res, error, logger);
    } finally {
      giveBack();
    }
  });
  return router;
}

/** Part of every ETag, so that a new server (perhaps writing files differently) never confirms an old download. */
const SERVER_STAMP = randomUUID();

/**
 * A weak validator of one export: the graph's version (any committed write changes it) and the file's format and
 * options. Read before the export's own transaction, so a write in between can only make the file newer than its
 * tag (the next revalidation then downloads again), never older. Weak: the gzip and identity forms share it.
 */
async function exportEtag(db: Database, file: string, options: NetworkOptions): Promise<string> {
  const version = await db.graphVersion();
  const digest = createHash('sha256')
    .update(JSON.stringify([SERVER_STAMP, version, file, options]))
    .digest('base64url');
  return `W/"${digest.slice(0, 27)}"`;
}

/** The query string as option texts; a repeated parameter counts as a comma-separated list. */
function optionsText(req: Request): NetworkOptionsText {
  const text: NetworkOptionsText = {};
  for (const [name, value] of Object.entries(req.query)) {
    const option = OPTION_NAMES.find((known) => known === name);
    if (!option) {
      throw new NetworkOptionsError(`Unknown parameter ${name}; the parameters are ${OPTION_NAMES.join(', ')}`);
    }
    text[option] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return text;
}

function answerBusy(res: Response, running: number): void {
  res.setHeader('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
  fail(
    res,
    429,
    ErrorCode.TOO_MANY_REQUESTS,
    `${running} exports are already running, the most this server runs at once (MAX_CONCURRENT_EXPORTS); ` +
      `retry in ${EXPORT_RETRY_AFTER_SECONDS} seconds.`,
  );
}

function answerError(res: Response, error: unknown, logger: Logger): void {
  if (res.headersSent) {
    // The download has begun: the client went away, stopped reading, or the database failed mid-way; only stop.
    if (error instanceof ExportStalledError) {
      logger.warn({ stallTimeoutMs: error.stallTimeoutMs }, 'export ended: client stopped reading');
    }
    res.destroy();
  } else if (error instanceof NetworkOptionsError) {
    fail(res, 400, ErrorCode.BAD_USER_INPUT, error.message);
  } else if (error instanceof MeasureTimeoutError || error instanceof LayoutTimeoutError) {
    fail(res, 503, ErrorCode.MEASURE_TIMEOUT, error.message);
  } else if (error instanceof MeasureBusyError) {
    res.setHeader('Retry-After', String(error.retryAfterSeconds));
    fail(res, 429, ErrorCode.MEASURE_BUSY, error.message);
  } else {
    sendHttpError(res, error, logger);
  }
}

function fail(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}
