import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO } from '../network/formats';
import type { Database } from '../db/database';
import { stageDays } from '../db/reads/networkReads';
import type { NetworkLimits } from '../network/networkLimits';
import { NetworkOptionsError } from '../network/networkOptions';
import { startVizWarmer, VIZ_MAX_BUILDS, VizBusyError, VizNetworkCache } from '../network/vizNetwork';
import { ErrorCode } from '../errors';
import { sendHttpError } from './httpErrors';

const STATIC_DIR = path.join(__dirname, 'static', 'viz');

/** The page's own files: revalidated on every load (ETag), so a new version of the page is seen at once. */
const PAGE_FILES = new Set([
  'viz.js',
  'vizData.js',
  'vizDraw.js',
  'vizPanels.js',
  'vizControls.js',
  'vizFilter.js',
  'vizGesture.js',
  'viz.css',
]);

/**
 * A package's folder, found from its entry point: sigma and graphology do not export their package.json, so it
 * cannot be resolved directly.
 */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  for (let depth = 0; depth < 10 && !isPackageRoot(dir, name); depth += 1) dir = path.dirname(dir);
  if (!isPackageRoot(dir, name)) throw new Error(`cannot find the folder of the ${name} package`);
  return dir;
}

function isPackageRoot(dir: string, name: string): boolean {
  const file = path.join(dir, 'package.json');
  return fs.existsSync(file) && (JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string }).name === name;
}

const packageFile = (name: string, file: string) => path.join(packageDir(name), file);
const packageVersion = (name: string): string =>
  (JSON.parse(fs.readFileSync(packageFile(name, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * sigma.js and graphology, served from this project's node_modules (so the page works offline). Their URLs carry the
 * package version, so a year of caching can never serve an old library after an upgrade.
 */
export const VIZ_LIBRARIES = {
  sigma: { url: `/viz/lib/sigma-${packageVersion('sigma')}.min.js`, file: packageFile('sigma', 'dist/sigma.min.js') },
  graphology: {
    url: `/viz/lib/graphology-${packageVersion('graphology')}.umd.min.js`,
    file: packageFile('graphology', 'dist/graphology.umd.min.js'),
  },
} as const;

const LIBRARY_FILES = new Map<string, string>(
  Object.values(VIZ_LIBRARIES).map((library) => [library.url, library.file]),
);
const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

/** What the page needs to know of this server: the limits of a measured network and the export formats. */
export interface VizSettings {
  maxMeasuredNodes: number;
  maxMeasureWork: number;
  exports: Array<{ format: string; fileName: string }>;
}

function vizSettings(limits: NetworkLimits): VizSettings {
  return {
    maxMeasuredNodes: limits.maxMeasuredNodes,
    maxMeasureWork: limits.maxMeasureWork,
    exports: EXPORT_FORMATS.map((format) => ({ format, fileName: EXPORT_FORMAT_INFO[format].fileName })),
  };
}

/** Whether /viz's first view is kept built in the background. */
export interface VizRouteOptions {
  /** Build /viz's first view after start-up and after every write (startVizWarmer); off in tests. */
  warm: boolean;
}

/**
 * GET /viz: the network drawn with sigma.js (WebGL) from the graphology export; /viz/network.json the network it
 * draws (every day of it, cached: see VizNetworkCache); /viz/settings.json tells the page this server's limits and
 * export formats; /viz/timeline.json the days of its date slider (the program's stage days, as the GEXF timeline
 * has them); /viz/lib/* serves the two libraries, /viz/* the page's own files. The networks are built through a
 * connection pool of their own, of VIZ_MAX_BUILDS connections: a build (the warmer's after every write, a page's)
 * holds its session for as long as an export does, and on the exports' pool it took the place of a download, which
 * then failed as "database unavailable". `stop()` ends the warmer and closes that pool.
 */
export function vizRouter(
  db: Database,
  limits: NetworkLimits,
  logger: Logger,
  options: VizRouteOptions = { warm: false },
): { router: Router; stop: () => Promise<void> } {
  const router = express.Router();
  const buildDb = db.withOwnPool(VIZ_MAX_BUILDS);
  const networks = new VizNetworkCache(buildDb, limits);
  const warmer = options.warm
    ? startVizWarmer(networks, (error) => logger.warn({ err: error }, 'viz: building the first view failed'))
    : null;
  router.get('/viz/network.json', (req, res) => sendVizNetwork(req, res, networks, logger));
  const settings = vizSettings(limits);
  const page = pageHtml();
  router.get('/viz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(page);
  });
  router.get('/viz/settings.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json(settings);
  });
  // Read here rather than through GraphQL: the page needs it to start, and the cost rule may refuse a list query
  // until it has read the graph's sizes (a cold start).
  router.get('/viz/timeline.json', async (_req, res) => {
    try {
      const days = await db.readTx((tx) => stageDays(db, tx));
      res.setHeader('Cache-Control', 'no-cache');
      res.json({ days });
    } catch (error) {
      sendHttpError(res, error, logger);
    }
  });
  router.get('/viz/lib/:file', (req, res, next) => {
    const file = LIBRARY_FILES.get(req.path);
    if (!file) return next();
    res.sendFile(file, { maxAge: ONE_YEAR_MS, immutable: true });
  });
  router.get('/viz/:file', (req, res, next) => {
    if (!PAGE_FILES.has(req.params.file)) return next();
    sendPageFile(res, req.params.file);
  });
  return {
    router,
    stop: async () => {
      warmer?.stop();
      await buildDb.close();
    },
  };
}

/**
 * The /viz network of `?consortia=a,b` (none: all), gzipped as kept; unpacked for a client that does not take gzip.
 * A bad or unknown consortium id answers 400, too many builds at once 429 with Retry-After.
 */
async function sendVizNetwork(req: Request, res: Response, networks: VizNetworkCache, logger: Logger) {
  const unknown = Object.keys(req.query).filter((name) => name !== 'consortia');
  const consortia = typeof req.query.consortia === 'string' && req.query.consortia ? req.query.consortia : null;
  try {
    if (unknown.length > 0)
      throw new NetworkOptionsError(`Unknown parameter ${unknown[0]}; the parameter is consortia`);
    const { body, cached } = await networks.network(consortia);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Viz-Cache', cached ? 'hit' : 'miss');
    res.type('json');
    if (req.acceptsEncodings('gzip')) {
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      res.send(body);
    } else res.send(zlib.gunzipSync(body));
  } catch (error) {
    if (error instanceof NetworkOptionsError) {
      res.status(400).json({ error: { code: ErrorCode.BAD_USER_INPUT, message: error.message } });
    } else if (error instanceof VizBusyError) {
      res.setHeader('Retry-After', '5');
      res.status(429).json({ error: { code: ErrorCode.TOO_MANY_REQUESTS, message: error.message } });
    } else sendHttpError(res, error, logger);
  }
}

/** index.html with the libraries' versioned URLs filled in. */
function pageHtml(): string {
  return fs
    .readFileSync(path.join(STATIC_DIR, 'index.html'), 'utf8')
    .replace('{{graphologyUrl}}', VIZ_LIBRARIES.graphology.url)
    .replace('{{sigmaUrl}}', VIZ_LIBRARIES.sigma.url);
}

function sendPageFile(res: Response, file: string): void {
  res.setHeader('Cache-Control', 'no-cache');
  res.sendFile(path.join(STATIC_DIR, file), { cacheControl: false });
}
