import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/db/database';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';
import { CHROMIUM, hasChromium, launchChromium } from '../support/browser';

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
if (!hasChromium)
  console.warn(`Skipping the /viz browser test: ${CHROMIUM} does not exist (apt-get install chromium).`);
const describeWithChromium = hasChromium ? describe : describe.skip;

// The same arguments the page sends: its default projection, with affiliations.
const NETWORK = `{ network(includeAffiliations: true) { nodes { id label } } }`;

interface VizWindow {
  vizState: { ready: boolean; nodeCount: number };
  cy: {
    nodes: () => { length: number };
    $id: (id: string) => { renderedPosition: () => { x: number; y: number } };
  };
}

describeWithChromium('GET /viz in a browser', () => {
  let db: Database;
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    db = openTestDatabase();
    server = await startTestServer(db);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`${server.baseUrl}/viz`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.close();
  });

  it('draws every node of the network query', async () => {
    const response = await server.gql<{ network: { nodes: Array<{ id: string }> } }>(NETWORK);
    const expected = response.body.data!.network.nodes.length;

    const drawn = await page.evaluate(() => {
      const win = window as unknown as VizWindow;
      return { state: win.vizState, cyNodes: win.cy.nodes().length };
    });
    expect(expected).toBeGreaterThan(0);
    expect(drawn).toEqual({ state: { ready: true, nodeCount: expected }, cyNodes: expected });
  });

  it('shows a node’s details and memberships when it is clicked', async () => {
    await clickNode(page, 'org:kaist');

    await page.waitForSelector('#details:not([hidden]) h2');
    await page.waitForFunction(() => document.querySelector('#details-body ul')?.children.length);
    expect(await page.textContent('#details h2')).toBe('KAIST');
    expect(await page.textContent('#details .names')).toContain('한국과학기술원');
    expect(await page.textContent('#details-body')).toContain('Upstage consortium');

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'viz.png') });
  });

  it('highlights the organisations a search finds in any language', async () => {
    await page.fill('#search', '서울대');
    await page.waitForFunction(
      () => (window as unknown as { cy: { $: (s: string) => { length: number } } }).cy.$('node.match').length > 0,
    );

    const matched = await page.evaluate(() =>
      (
        window as unknown as { cy: { $: (s: string) => { map: (f: (n: { id: () => string }) => string) => string[] } } }
      ).cy
        .$('node.match')
        .map((node) => node.id()),
    );
    expect(matched).toContain('org:snu');
  });
});

/** Clicks a node where Cytoscape drew it: its rendered position is relative to the canvas. */
async function clickNode(page: Page, id: string): Promise<void> {
  const position = await page.evaluate(
    (nodeId) => (window as unknown as VizWindow).cy.$id(nodeId).renderedPosition(),
    id,
  );
  const box = (await page.locator('#cy').boundingBox())!;
  await page.mouse.click(box.x + position.x, box.y + position.y);
}
