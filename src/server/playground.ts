import path from 'node:path';
import express, { type Router } from 'express';
import { EXAMPLE_OPERATIONS } from './exampleOperations';

/** Files of the IDE, served from the project's own node_modules: the playground works offline. */
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const ASSETS: Record<string, string> = {
  'react.production.min.js': path.join(packageDir('react'), 'umd/react.production.min.js'),
  'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
  'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
};

const escapeScript = (json: string) => json.replace(/</g, '\\u003c');

function playgroundHtml(endpoint: string): string {
  const tabs = EXAMPLE_OPERATIONS.map((operation) => ({ query: operation.query, variables: operation.variables }));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Consortium graph — GraphQL playground</title>
  <link rel="stylesheet" href="/playground/graphiql.min.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the playground…</div>
  <script src="/playground/react.production.min.js"></script>
  <script src="/playground/react-dom.production.min.js"></script>
  <script src="/playground/graphiql.min.js"></script>
  <script>
    const tabs = ${escapeScript(JSON.stringify(tabs))};
    const fetcher = GraphiQL.createFetcher({ url: ${escapeScript(JSON.stringify(endpoint))} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: tabs[0].query,
        defaultTabs: tabs,
        defaultEditorToolsVisibility: true,
        storage: { getItem: () => null, setItem: () => {}, removeItem: () => {}, clear: () => {}, length: 0 },
      }),
    );
  </script>
</body>
</html>`;
}

/** GET /graphql from a browser shows GraphiQL; /playground/* serves its files. */
export function playgroundRouter(): Router {
  const router = express.Router();
  const html = playgroundHtml('/graphql');
  router.get('/graphql', (req, res, next) => {
    const wantsHtml =
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsHtml || req.query.query !== undefined) return next();
    res.type('html').send(html);
  });
  router.get('/playground/:file', (req, res, next) => {
    const file = ASSETS[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  return router;
}
