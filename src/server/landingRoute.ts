import express, { type Router } from 'express';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, type ExportFormat } from '../network/formats';

/** What each export is opened with, as the landing page says it. */
const EXPORT_READERS: Readonly<Record<ExportFormat, string>> = {
  graphml: 'yEd, Cytoscape, NetworkX, Gephi',
  gexf: 'Gephi (with its timeline)',
  cytoscape: 'Cytoscape desktop and Cytoscape.js',
  d3: 'D3 (node-link JSON)',
  graphology: 'graphology and sigma.js',
  'nodes.csv': 'Gephi’s spreadsheet import, pandas, spreadsheets (with edges.csv)',
  'edges.csv': 'Gephi’s spreadsheet import, pandas, spreadsheets (with nodes.csv)',
};

const link = (href: string, text: string, note: string) => `<li><a href="${href}">${text}</a> — ${note}</li>`;

function landingHtml(playground: boolean): string {
  const exports = EXPORT_FORMATS.map((format) => {
    const { fileName } = EXPORT_FORMAT_INFO[format];
    return link(`/export/${fileName}`, fileName, EXPORT_READERS[format]);
  });
  const api = playground
    ? link('/graphql', 'GraphQL playground', 'ask the graph anything, with ready-made example questions')
    : '<li>GraphQL at <code>POST /graphql</code> (the playground is turned off on this server)</li>';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Consortium graph</title>
  <style>
    body { font: 15px/1.5 system-ui, 'Noto Sans CJK KR', 'Noto Sans CJK JP', sans-serif; color: #1f2933;
      max-width: 760px; margin: 40px auto; padding: 0 20px; }
    h1 { font-size: 24px; margin-bottom: 4px; } h2 { font-size: 17px; margin-top: 28px; }
    p.lead { color: #486581; margin-top: 0; } li { margin: 4px 0; } code { background: #f0f4f8; padding: 0 4px; }
  </style>
</head>
<body>
  <h1>Consortium graph</h1>
  <p class="lead">Organisations, the consortia they belong to and the sources that say so — Korea’s sovereign-AI
  foundation model program first.</p>
  <h2>Explore</h2>
  <ul>
    ${api}
    ${link('/viz', 'Network view', 'the network drawn in the browser, through time (date slider), with downloads')}
  </ul>
  <h2>Download the network</h2>
  <p>Each takes the same parameters, e.g. <code>?projection=CO_MEMBERSHIP&amp;asOf=2025-08-05</code>; the network
  view’s download links fill them in for what it shows.</p>
  <ul>
    ${exports.join('\n    ')}
  </ul>
  <h2>Health</h2>
  <ul>
    ${link('/health/live', '/health/live', 'the process is running')}
    ${link('/health/ready', '/health/ready', 'the database answers and requests are served')}
    ${link('/metrics', '/metrics', 'Prometheus metrics')}
  </ul>
</body>
</html>`;
}

/** GET /: a page linking the playground, /viz, every export and the health endpoints. */
export function landingRouter(options: { playground: boolean }): Router {
  const router = express.Router();
  const html = landingHtml(options.playground);
  router.get('/', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  });
  return router;
}
