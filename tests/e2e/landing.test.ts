import { EXPORT_FORMATS, EXPORT_FORMAT_INFO } from '../../src/network/formats';
import { useTestServer, type TestServer } from '../support/testServer';

/** The href of every link of a page, in order. */
const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]!);

describe('GET / (landing page)', () => {
  let server: TestServer;
  useTestServer((started) => (server = started.server));

  it('links the playground, /viz, every export and the health endpoints, and each link answers', async () => {
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const links = hrefs(await response.text());

    const exports = EXPORT_FORMATS.map((format) => `/export/${EXPORT_FORMAT_INFO[format].fileName}`);
    expect(links).toEqual(['/graphql', '/viz', ...exports, '/health/live', '/health/ready', '/metrics']);
    for (const link of links) {
      const answer = await fetch(`${server.baseUrl}${link}`, { headers: { accept: 'text/html' } });
      await answer.arrayBuffer();
      expect({ link, status: answer.status }).toEqual({ link, status: 200 });
    }
  });
});

describe('GET / with the playground turned off', () => {
  let server: TestServer;
  useTestServer((started) => (server = started.server), { playground: false });

  it('says so instead of linking a page that is not there', async () => {
    const html = await (await fetch(`${server.baseUrl}/`)).text();
    expect(hrefs(html)).not.toContain('/graphql');
    expect(html).toContain('the playground is turned off');
  });
});
