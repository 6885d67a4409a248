import express, { type Router } from 'express';
import type { Database } from '../db/database';

export const READY_TIMEOUT_MS = 2000;

/**
 * /health/live answers while the process runs (never touches Neo4j); /health/ready answers 200
 * only while Neo4j responds within 2 s and the server is not shutting down.
 */
export function healthRouter(db: Database, isShuttingDown: () => boolean): Router {
  const router = express.Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  router.get('/health/ready', async (_req, res) => {
    if (isShuttingDown()) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    const databaseAnswers = await db.ping(READY_TIMEOUT_MS);
    res.status(databaseAnswers ? 200 : 503).json({ status: databaseAnswers ? 'ready' : 'database unavailable' });
  });
  return router;
}
