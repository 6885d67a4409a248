import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runMain } from '../support/runMain';
import { selfSignedCertificate, startSettingsNeo4j, type SettingsNeo4j } from '../support/settingsNeo4j';

// A real Neo4j that must be met as it is configured: authentication on (a new database, its default password not
// yet changed) and Bolt over TLS only, with a self-signed certificate. The tests' own Neo4j is the plain one.

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** `npm start` with this NEO4J_URI (and password) fails: exit 1, one line, no stack trace; that line. */
async function startUpFailure(uri: string, password = ''): Promise<string> {
  const { code, output } = await runMain({
    NEO4J_URI: uri,
    NEO4J_PASSWORD: password,
    NEO4J_CONNECT_TIMEOUT_MS: '5000',
  });
  expect({ code, lines: output.trim().split('\n').length }).toEqual({ code: 1, lines: 1 });
  expect(output).toMatch(/^error: /);
  return output.trim();
}

jest.setTimeout(600_000);

let parent: string;
let tlsOnly: SettingsNeo4j;
beforeAll(async () => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-neo4j-errors-'));
  const certificates = path.join(parent, 'certificates');
  selfSignedCertificate(certificates);
  tlsOnly = await startSettingsNeo4j(path.join(parent, 'data'), await freePort(), {
    'dbms.security.auth_enabled': 'true',
    'server.bolt.tls_level': 'REQUIRED',
    'dbms.ssl.policy.bolt.enabled': 'true',
    'dbms.ssl.policy.bolt.base_directory': certificates,
    'dbms.ssl.policy.bolt.private_key': 'private.key',
    'dbms.ssl.policy.bolt.public_certificate': 'public.crt',
    'dbms.ssl.policy.bolt.client_auth': 'NONE',
  });
});
afterAll(async () => {
  await tlsOnly?.stop();
  fs.rmSync(parent, { recursive: true, force: true });
});

describe('npm start against a Neo4j configured otherwise says what to change, in one line', () => {
  it('a password that must still be changed (Neo.ClientError.Security.CredentialsExpired)', async () => {
    const uri = `bolt+ssc://127.0.0.1:${tlsOnly.port}`;
    const line = await startUpFailure(uri, 'neo4j');
    expect(line).toBe(
      `error: Neo4j at ${uri} accepted NEO4J_USERNAME and NEO4J_PASSWORD but requires the password to be changed ` +
        "first (a new Neo4j's default password): run ALTER CURRENT USER SET PASSWORD FROM '<current>' TO '<new>' " +
        '(in cypher-shell or Neo4j Browser, on the system database), then set NEO4J_PASSWORD to the new one.',
    );
  });

  it('a wrong password is still told as such, not as the default one', async () => {
    const uri = `bolt+ssc://127.0.0.1:${tlsOnly.port}`;
    expect(await startUpFailure(uri, 'not-the-password')).toBe(
      `error: Neo4j at ${uri} refused the credentials. Check NEO4J_USERNAME and NEO4J_PASSWORD.`,
    );
  });

  it.each(['bolt', 'neo4j'])('%s+s:// to a plain Neo4j: use %s://', async (base) => {
    const plainPort = new URL(process.env.NEO4J_TEST_URI!).port;
    const uri = `${base}+s://127.0.0.1:${plainPort}`;
    expect(await startUpFailure(uri)).toBe(
      `error: Neo4j at ${uri} does not speak TLS on that port: use ${base}:// instead of ${base}+s://, ` +
        'or turn on TLS for Bolt on the server (server.bolt.tls_level).',
    );
  });

  it.each(['bolt', 'neo4j'])('%s:// to a TLS-only Neo4j: use %s+s://', async (base) => {
    const uri = `${base}://127.0.0.1:${tlsOnly.port}`;
    expect(await startUpFailure(uri)).toBe(
      `error: Neo4j at ${uri} closed the connection before answering, as a Neo4j that accepts only TLS does: ` +
        `use ${base}+s:// (or ${base}+ssc:// for a self-signed certificate).`,
    );
  });

  it('bolt+s:// to a self-signed certificate: use bolt+ssc:// or trust its CA', async () => {
    const uri = `bolt+s://127.0.0.1:${tlsOnly.port}`;
    expect(await startUpFailure(uri)).toBe(
      `error: Neo4j at ${uri} presented a certificate this machine does not trust: use bolt+ssc:// for a ` +
        'self-signed certificate, or give its CA to Node.js with NODE_EXTRA_CA_CERTS.',
    );
  });

  it('nothing listening is still "not reachable"', async () => {
    const uri = `bolt+s://127.0.0.1:${await freePort()}`;
    expect(await startUpFailure(uri)).toMatch(/is not reachable\. Start it, or fix NEO4J_URI/);
  });
});
