import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A Maven repository served on 127.0.0.1 from a local repository's files, counting what it sent. */
export interface MavenMirror {
  url: string;
  /** Files sent whole (200), checksums not counted: what Maven logs as "Downloaded from". */
  served: { files: number; bytes: number };
  close: () => Promise<void>;
}

/** The local repository this machine's Maven filled (CI resolves neo4j-local/ before the tests). */
export const homeMavenRepository = () => path.join(os.homedir(), '.m2/repository');

/** The file a request path names under `root`, or undefined when it leaves `root`. */
function fileUnder(root: string, urlPath: string): string | undefined {
  const file = path.resolve(root, '.' + path.posix.normalize(decodeURIComponent(urlPath)));
  return file.startsWith(root + path.sep) ? file : undefined;
}

/** A file's bytes, or for a checksum Maven's local repository did not keep, the checksum of the file beside it. */
function bodyOf(file: string): { body: Buffer; checksum: boolean } | undefined {
  const checksum = /\.(sha1|md5)$/.exec(file);
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return { body: fs.readFileSync(file), checksum: !!checksum };
  if (checksum !== null) {
    const artifact = file.slice(0, -checksum[0].length);
    if (!fs.existsSync(artifact)) return undefined;
    const digest = crypto.createHash(checksum[1]!).update(fs.readFileSync(artifact)).digest('hex');
    return { body: Buffer.from(digest), checksum: true };
  }
  // A remote's maven-metadata.xml is kept locally under the repository's id.
  if (path.basename(file) === 'maven-metadata.xml') {
    const kept = path.join(path.dirname(file), 'maven-metadata-central.xml');
    if (fs.existsSync(kept)) return { body: fs.readFileSync(kept), checksum: false };
  }
  return undefined;
}

/** Serves `root` (read-only) as a Maven repository on 127.0.0.1 at a free port. */
export async function startMavenMirror(root: string): Promise<MavenMirror> {
  const served = { files: 0, bytes: 0 };
  const server = http.createServer((req, res) => {
    const file = fileUnder(root, new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const found = file === undefined ? undefined : bodyOf(file);
    if (found === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-length': found.body.length });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (!found.checksum) {
      served.files += 1;
      served.bytes += found.body.length;
    }
    res.end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A Maven user home whose settings send every repository to `mirrorUrl` and whose local repository is empty;
 * Maven uses it with MAVEN_OPTS=-Duser.home=<the folder returned>.
 */
export function mavenHomeWithMirror(parent: string, mirrorUrl: string): string {
  const home = path.join(parent, 'maven-home');
  fs.mkdirSync(path.join(home, '.m2/repository'), { recursive: true });
  fs.writeFileSync(
    path.join(home, '.m2/settings.xml'),
    `<settings><mirrors><mirror><id>loopback</id><mirrorOf>*</mirrorOf><url>${mirrorUrl}</url></mirror></mirrors></settings>\n`,
  );
  return home;
}
