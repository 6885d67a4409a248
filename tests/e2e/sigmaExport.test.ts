import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Database } from '../../src/db/database';
import { CHROMIUM } from '../support/browser';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

// sigma.js 3 and graphology, from this project's node_modules, draw the graphology export in headless Chromium
// exactly as a user's page would: `Graph.from(file)` then `new Sigma(graph, container)`, no attribute patched.
const SIGMA = path.resolve(__dirname, '../../node_modules/sigma/dist/sigma.min.js');
const GRAPHOLOGY = path.resolve(__dirname, '../../node_modules/graphology/dist/graphology.umd.js');

interface Drawn {
  nodes: number;
  edges: number;
  displayed: number;
  error: string | null;
}

describe('sigma.js draws the graphology export', () => {
  let db: Database;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    db = openTestDatabase();
    server = await startTestServer(db);
    // WebGL without a GPU: SwiftShader, Chromium's software renderer (sigma draws only with WebGL).
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--disable-background-networking',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.setContent('<div id="graph" style="width: 900px; height: 700px"></div>');
    await page.addScriptTag({ path: GRAPHOLOGY });
    await page.addScriptTag({ path: SIGMA });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.close();
  });

  async function draw(query: string): Promise<Drawn> {
    const response = await fetch(`${server.baseUrl}/export/network.graphology.json?${query}`);
    expect(response.status).toBe(200);
    const data: unknown = await response.json();
    return page.evaluate((serialized) => {
      const scope = window as unknown as {
        graphology: { Graph: { from: (data: unknown) => { order: number; size: number; nodes: () => string[] } } };
        Sigma: new (
          graph: unknown,
          container: HTMLElement,
        ) => { getNodeDisplayData: (id: string) => unknown; refresh: () => void; kill: () => void };
      };
      try {
        const graph = scope.graphology.Graph.from(serialized);
        const renderer = new scope.Sigma(graph, document.getElementById('graph')!);
        renderer.refresh();
        const displayed = graph.nodes().filter((id) => renderer.getNodeDisplayData(id) !== undefined).length;
        renderer.kill();
        return { nodes: graph.order, edges: graph.size, displayed, error: null };
      } catch (error) {
        return { nodes: 0, edges: 0, displayed: 0, error: String(error) };
      }
    }, data);
  }

  it.each([
    '',
    'projection=CO_MEMBERSHIP&labelLanguage=JA',
    'includeAffiliations=true',
    'includeAffiliates=true&activeOnly=true',
  ])('draws every node of the export (%s) with no console error', async (query) => {
    const drawn = await draw(query);
    expect(drawn.error).toBeNull();
    expect(drawn.nodes).toBeGreaterThan(0);
    expect(drawn.displayed).toBe(drawn.nodes);
    expect(problems).toEqual([]);
  });
});
