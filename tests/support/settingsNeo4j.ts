import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildLocalNeo4j, launcherClasspath, portInUse } from '../../src/localdb/localNeo4j';

const RUNNER = path.join(__dirname, 'SettingsNeo4j.java');
const READY_TIMEOUT_MS = 480_000;
const STOP_TIMEOUT_MS = 30_000;

export interface SettingsNeo4j {
  port: number;
  stop: () => Promise<void>;
}

/**
 * A real Neo4j (the engine of neo4j-local/, embedded) with the given neo4j.conf settings, Bolt on 127.0.0.1:`port`,
 * for the start-up failures the launcher's fixed set-up cannot show (authentication on, TLS only). Resolves once
 * Bolt accepts connections; rejects with the JVM's output if it exits first or takes longer than 8 minutes (a loaded 2-core machine).
 */
export async function startSettingsNeo4j(
  dataDir: string,
  port: number,
  settings: Record<string, string>,
): Promise<SettingsNeo4j> {
  await buildLocalNeo4j();
  fs.mkdirSync(dataDir, { recursive: true });
  const conf = path.join(dataDir, 'neo4j.conf');
  const lines = {
    'server.bolt.enabled': 'true',
    'server.bolt.listen_address': `127.0.0.1:${port}`,
    'server.http.enabled': 'false',
    'server.memory.pagecache.size': '64m',
    ...settings,
  };
  fs.writeFileSync(
    conf,
    Object.entries(lines)
      .map(([key, value]) => `${key}=${value}\n`)
      .join(''),
  );
  const child = spawn('java', ['-Xmx384m', '-cp', launcherClasspath(), RUNNER, dataDir, conf], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = () => stopChild(child, exited);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(output.includes('READY') && (await portInUse(port)))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the Neo4j with settings did not start on port ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { port, stop };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** A self-signed certificate for 127.0.0.1 and its key (PEM), as Neo4j's SSL policy reads them, made by openssl. */
export function selfSignedCertificate(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1'].concat([
      '-keyout',
      path.join(dir, 'private.key'),
      '-out',
      path.join(dir, 'public.crt'),
    ]),
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr?.toString()}`);
}
