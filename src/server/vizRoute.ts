import path from 'node:path';
import express, { type Router } from 'express';

const STATIC_DIR = path.join(__dirname, 'static', 'viz');

/** The view's files; Cytoscape.js comes from the project's own node_modules, so the page works offline. */
const ASSETS: Record<string, string> = {
  'viz.js': path.join(STATIC_DIR, 'viz.js'),
  'viz.css': path.join(STATIC_DIR, 'viz.css'),
  'cytoscape.min.js': require.resolve('cytoscape/dist/cytoscape.min.js'),
};

/** GET /viz: a page drawing the `network` GraphQL field with Cytoscape.js; /viz/* serves its files. */
export function vizRouter(): Router {
  const router = express.Router();
  // The page is revalidated every time (its ETag answers 304 when unchanged); its files are kept for an hour.
  router.get('/viz', (_req, res) => {
    res.sendFile(path.join(STATIC_DIR, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } });
  });
  router.get('/viz/:file', (req, res, next) => {
    const file = ASSETS[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1h' });
  });
  return router;
}
