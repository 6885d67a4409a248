import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/db/database';
import { CHROMIUM, hasChromium, launchChromium } from '../support/browser';
import { useTestServer, type TestServer } from '../support/testServer';

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
if (!hasChromium)
  console.warn(`Skipping the playground browser test: ${CHROMIUM} does not exist (apt-get install chromium).`);
const describeWithChromium = hasChromium ? describe : describe.skip;

describeWithChromium('the GraphQL playground in a browser', () => {
  let db: Database;
  let server: TestServer;
  useTestServer((started) => ({ db, server } = started));
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${server.baseUrl}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
  });
  afterAll(() => browser?.close());

  it('opens GraphiQL with the multi-consortium question first, runs it and shows KAIST', async () => {
    const editor = await page.locator('.graphiql-query-editor').innerText();
    expect(editor).toContain('organizationsInMultipleConsortia');

    await page.click('.graphiql-execute-button');
    const result = page.locator('.result-window');
    await result.getByText('"KAIST"').first().waitFor({ timeout: 30_000 });
    const [kaist] = await db.read<{ n: number }>(
      "MATCH (:Organization {id: 'kaist'})-[:MEMBER_OF]->(c) RETURN count(c) AS n",
    );
    expect(await result.innerText()).toContain(`"consortiumCount": ${kaist!.n}`);

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground.png') });
  });

  it('loads everything from this server: it works with no internet', () => {
    const origin = new URL(server.baseUrl).origin;
    const foreign = requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
  });
});
