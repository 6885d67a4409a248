import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import type { Database } from '../db/database';
import { DatabaseAuthError, DatabaseUnavailableError, ErrorCode } from '../errors';
import { exportNetwork } from '../network/exportNetwork';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, parseExportFormat } from '../network/formats';
import { MeasureBusyError, MeasureTimeoutError } from '../network/measurePool';
import type { NetworkLimits } from '../network/networkLimits';
import {
  DEFAULT_NETWORK_OPTIONS,
  NetworkOptionsError,
  parseNetworkOptions,
  type NetworkOptionsText,
} from '../network/networkOptions';

const OPTION_NAMES = Object.keys(DEFAULT_NETWORK_OPTIONS) as Array<keyof NetworkOptionsText>;
const FILE_NAMES = EXPORT_FORMATS.map((format) => EXPORT_FORMAT_INFO[format].fileName);

/**
 * GET /export/network.<ext>?projection=&consortia=a,b&kinds=&minWeight=&includeAffiliations=&asOf=&labelLanguage=
 * &measures=all|degree|none streams the network (the GraphQL `network` field's) as a download in any format of
 * `formats.ts`. A bad format or option answers 400 BAD_USER_INPUT saying what is allowed, as does a network too
 * large for betweenness and communities (before any byte of the file); a database that is down answers 503.
 * Without betweenness and communities (measures=degree or none) the rows stream from Neo4j into the file.
 * `limits` are MAX_MEASURED_NETWORK_NODES and NETWORK_EXPORT_TIMEOUT_MS of the loaded configuration.
 */
export function exportRouter(db: Database, logger: Logger, limits: NetworkLimits): Router {
  const router = express.Router();
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
    try {
      await exportNetwork(db, parseNetworkOptions(optionsText(req)), limits, format, {
        begin: () => {
          res.status(200);
          res.setHeader('Content-Type', EXPORT_FORMAT_INFO[format].contentType);
          res.setHeader('Content-Disposition', `attachment; filename="${EXPORT_FORMAT_INFO[format].fileName}"`);
          res.setHeader('Cache-Control', 'no-store');
          return res;
        },
      });
      res.end();
    } catch (error) {
      // Once the download has begun, the client went away or the database failed mid-way: only stop.
      answerError(res, error, logger);
    }
  });
  return router;
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

function answerError(res: Response, error: unknown, logger: Logger): void {
  if (res.headersSent) {
    res.destroy();
  } else if (error instanceof NetworkOptionsError) {
    fail(res, 400, ErrorCode.BAD_USER_INPUT, error.message);
  } else if (error instanceof MeasureTimeoutError) {
    fail(res, 503, ErrorCode.MEASURE_TIMEOUT, error.message);
  } else if (error instanceof MeasureBusyError) {
    res.setHeader('Retry-After', String(error.retryAfterSeconds));
    fail(res, 429, ErrorCode.MEASURE_BUSY, error.message);
  } else if (error instanceof DatabaseUnavailableError || error instanceof DatabaseAuthError) {
    logger.warn({ err: error }, 'database unavailable');
    fail(res, 503, ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable right now; try again shortly.');
  } else {
    logger.error({ err: error }, 'network export failed');
    fail(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
  }
}

function fail(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}
