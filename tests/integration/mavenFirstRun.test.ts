import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { buildLocalNeo4j } from '../../src/localdb/localNeo4j';
import { mavenLogFile } from '../../src/localdb/mavenBuild';
import { homeMavenRepository, mavenHomeWithMirror, startMavenMirror, type MavenMirror } from '../support/mavenMirror';

const MODULE = path.resolve(__dirname, '../../neo4j-local');

/** A copy of neo4j-local/ (its pom and launcher source, nothing built) in a folder of its own. */
function freshModule(parent: string): string {
  const moduleDir = path.join(parent, 'neo4j-local');
  fs.mkdirSync(moduleDir);
  fs.cpSync(path.join(MODULE, 'pom.xml'), path.join(moduleDir, 'pom.xml'));
  fs.cpSync(path.join(MODULE, 'src'), path.join(moduleDir, 'src'), { recursive: true });
  return moduleDir;
}

/** A writable that says it is a terminal, 200 columns wide, keeping what is written to it. */
function fakeTerminal(): { stream: PassThrough; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 200 });
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

const toBytes = (size: string) => {
  const [value, unit] = size.split(' ');
  return Number(value) * { B: 1, kB: 1e3, MB: 1e6 }[unit as 'B' | 'kB' | 'MB'];
};

jest.setTimeout(600_000);

let parent: string;
let mirror: MavenMirror | undefined;
beforeEach(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'maven-first-run-'));
});
afterEach(async () => {
  await mirror?.close();
  mirror = undefined;
  fs.rmSync(parent, { recursive: true, force: true });
});

describe('the first run, from an empty local Maven repository, against a mirror on 127.0.0.1', () => {
  it('shows one updating line of files and size (not Maven), its log in the file that line names', async () => {
    mirror = await startMavenMirror(homeMavenRepository());
    const moduleDir = freshModule(parent);
    const home = mavenHomeWithMirror(parent, mirror.url);
    const terminal = fakeTerminal();
    const logged: string[] = [];
    await buildLocalNeo4j((line) => logged.push(line), {
      moduleDir,
      env: { ...process.env, MAVEN_OPTS: `-Duser.home=${home}` },
      stream: terminal.stream,
    });

    // One line, rewritten in place: no newline, none of Maven's own lines.
    const shown = terminal.text();
    expect(shown).not.toContain('\n');
    expect(shown).not.toMatch(/\[INFO\]|Downloading from|BUILD/);
    const logPath = mavenLogFile(moduleDir);
    const states = [...shown.matchAll(/(\d+) files, ([\d.]+ k?M?B) so far; Maven's log: /g)];
    // Every state names the log.
    expect(shown.split(`so far; Maven's log: ${logPath}`)).toHaveLength(states.length + 1);
    expect(states.length).toBeGreaterThan(1);
    const counts = states.map((state) => Number(state[1]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // Its last state is what the mirror sent: every file, and their size to the precision of Maven's log (its
    // sizes have two or three significant digits, so each is within 5%).
    const last = states.at(-1)!;
    expect(Number(last[1])).toBe(mirror.served.files);
    expect(mirror.served.files).toBeGreaterThan(100);
    expect(Math.abs(toBytes(last[2]!) - mirror.served.bytes)).toBeLessThanOrEqual(0.05 * mirror.served.bytes);
    // The named log holds Maven's whole output; the line then gives way to one summary line.
    const mavenLog = fs.readFileSync(logPath, 'utf8');
    expect(mavenLog.match(/Downloaded from loopback: /g)).toHaveLength(mirror.served.files);
    expect(mavenLog).toContain('BUILD SUCCESS');
    expect(logged).toEqual([
      expect.stringMatching(new RegExp(`^Neo4j 5\\.26 is ready to start: ${mirror.served.files} files \\(`)),
    ]);
    // And it built: the launcher's class and its classpath of Neo4j's jars, all in the new local repository.
    expect(fs.existsSync(path.join(moduleDir, 'target/classes/orggraph/LocalNeo4j.class'))).toBe(true);
    const classpath = fs.readFileSync(path.join(moduleDir, 'target/classpath.txt'), 'utf8').split(path.delimiter);
    expect(classpath.some((jar) => /neo4j-kernel-5\.26\.\d+\.jar$/.test(jar))).toBe(true);
    expect(classpath.every((jar) => jar.startsWith(path.join(home, '.m2/repository')))).toBe(true);
  });

  it("fails with what to do, the log's last lines and its path when nothing can be downloaded", async () => {
    // A mirror with nothing in it: every artifact is 404.
    const empty = path.join(parent, 'empty-repository');
    fs.mkdirSync(empty);
    mirror = await startMavenMirror(empty);
    const moduleDir = freshModule(parent);
    const home = mavenHomeWithMirror(parent, mirror.url);
    const pipe = new PassThrough(); // not a terminal: the line is printed, not rewritten
    let shown = '';
    pipe.on('data', (chunk: Buffer) => (shown += chunk.toString()));

    const failure = await buildLocalNeo4j(() => {}, {
      moduleDir,
      env: { ...process.env, MAVEN_OPTS: `-Duser.home=${home}` },
      stream: pipe,
    }).catch((error: Error) => error);

    expect(failure).toBeInstanceOf(Error);
    const message = (failure as Error).message;
    const logPath = mavenLogFile(moduleDir);
    const [first, ...tail] = message.split('\n');
    expect(first).toContain('Maven could not resolve or build the local Neo4j (exit 1)');
    expect(first).toContain(`Last lines of ${logPath}:`);
    const mavenLog = fs.readFileSync(logPath, 'utf8').trimEnd().split('\n');
    expect(tail).toEqual(mavenLog.slice(-12));
    expect(mavenLog.join('\n')).toContain('[ERROR]');
    expect(shown).toMatch(/^Downloading Neo4j 5\.26 \(first run only\): 0 files, 0 B so far; Maven's log: /);
    expect(shown).not.toContain('[ERROR]');
  });
});
