import fs from 'node:fs';
import path from 'node:path';
import { downloadedBytes, formatSize } from '../../src/localdb/mavenBuild';

// Lines of a real first run (Maven 3.8.7, neo4j-local/ against a loopback mirror), kept as Maven wrote them.
const recorded = fs.readFileSync(path.join(__dirname, '../fixtures/maven-first-run.txt'), 'utf8').split('\n');

describe("Maven's download lines", () => {
  it('are counted once each, with the size Maven printed (B, kB, MB of 1000)', () => {
    const sizes = recorded.map(downloadedBytes).filter((bytes) => bytes !== undefined);
    // The six "Downloaded from" lines of the recording, read by hand: 10 kB, 7.4 kB, 806 B, 5.6 kB, 2.0 MB, 1.8 MB.
    expect(sizes).toEqual([10_000, 7_400, 806, 5_600, 2_000_000, 1_800_000]);
  });

  it('ignore every other line: "Downloading from", build steps, colour resets', () => {
    const others = recorded.filter((line) => !line.includes('Downloaded from'));
    expect(others.length).toBeGreaterThan(20);
    expect(others.map(downloadedBytes).filter((bytes) => bytes !== undefined)).toEqual([]);
  });

  it('read past the colour resets Maven prints before the level', () => {
    expect(
      downloadedBytes('\u001b[0m\u001b[0m[INFO] Downloaded from central: http://127.0.0.1:1/a.pom (1.5 kB at 3 kB/s)'),
    ).toBe(1_500);
  });
});

describe('formatSize', () => {
  it('shows MB with one decimal, kB whole, bytes as they are', () => {
    expect(formatSize(152_888_234)).toBe('152.9 MB');
    expect(formatSize(3_823_806)).toBe('3.8 MB');
    expect(formatSize(7_400)).toBe('7 kB');
    expect(formatSize(806)).toBe('806 B');
  });
});
