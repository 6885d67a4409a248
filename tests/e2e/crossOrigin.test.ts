/**
 * A real page on another origin in headless Chromium: served from one loopback origin (localhost:<port>), it calls
 * /graphql on another (127.0.0.1:<port>). The API configured with that origin answers it; without, the browser
 * keeps the answer from the page.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import type { Database } from '../../src/db/database';
import { hasChromium, launchChromium } from '../support/browser';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

const describeWithChromium = hasChromium ? describe : describe.skip;

describeWithChromium('a page on another origin', () => {
  let db: Database;
  let page: http.Server;
  let pageOrigin: string;
  let allowing: TestServer;
  let sameOriginOnly: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    page = http.createServer((_req, res) => res.setHeader('content-type', 'text/html').end('<!doctype html><p>page'));
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    pageOrigin = `http://localhost:${(page.address() as AddressInfo).port}`;
    db = openTestDatabase();
    allowing = await startTestServer(db, { corsOrigins: [pageOrigin] });
    sameOriginOnly = await startTestServer(db);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await allowing?.stop();
    await sameOriginOnly?.stop();
    await db?.close();
    page?.close();
  });

  /** From the page, POSTs a query (with a bearer token, as a write would) and reads the answer, or the failure. */
  async function callFromPage(api: string): Promise<string> {
    const tab = await browser.newPage();
    try {
      await tab.goto(pageOrigin);
      return await tab.evaluate(async (url) => {
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-real-token-at-all' },
            body: JSON.stringify({ query: '{ organization(id: "kaist") { id name } }' }),
          });
          return JSON.stringify(await response.json());
        } catch (error) {
          return `failed: ${(error as Error).name}`;
        }
      }, `${api}/graphql`);
    } finally {
      await tab.close();
    }
  }

  it('queries the API that lists its origin', async () => {
    expect(new URL(allowing.baseUrl).origin).not.toBe(pageOrigin);
    const answer = JSON.parse(await callFromPage(allowing.baseUrl)) as { data: { organization: { id: string } } };
    expect(answer.data.organization.id).toBe('kaist');
  });

  it('is kept from the answer of an API that does not (same origin only, the default)', async () => {
    expect(await callFromPage(sameOriginOnly.baseUrl)).toBe('failed: TypeError');
  });
});
