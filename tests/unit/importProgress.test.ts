import { PassThrough } from 'node:stream';
import { formatDuration, importPace, progressLine, progressReporter } from '../../src/cli/importProgress';

const progress = (rowsRead: number, bytesRead: number, totalBytes: number, elapsedMs = 1000) => ({
  rowsRead,
  bytesRead,
  totalBytes,
  batches: 1,
  elapsedMs,
});

describe('import progress: rate and time left', () => {
  it('gives rows a second so far and the time left at the same pace', () => {
    // 40,000 rows in 4 s is 10,000 a second; a quarter of the bytes in 4 s leaves three quarters: 12 s.
    expect(importPace(progress(40_000, 250, 1000, 4000))).toEqual({
      percent: 25,
      rowsPerSecond: 10_000,
      secondsLeft: 12,
    });
  });

  it('gives no time left before 1% of the file is read, and none left at the end', () => {
    expect(importPace(progress(10, 5, 1000)).secondsLeft).toBeNull();
    expect(importPace(progress(500, 1000, 1000, 2000))).toEqual({ percent: 100, rowsPerSecond: 250, secondsLeft: 0 });
  });

  it('writes durations a person reads', () => {
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(185)).toBe('3 min 05 s');
    expect(formatDuration(3720)).toBe('1 h 02 min');
  });

  it('prints a line with the rows, the share, the rate and the time left', () => {
    expect(progressLine(progress(120_000, 400, 1000, 12_000))).toBe(
      'importing: 120000 rows read (40%), 10,000 rows/s, about 18 s left',
    );
  });

  it('writes such a line to a stream that is not a terminal', () => {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream;
    let written = '';
    (stream as unknown as PassThrough).on('data', (chunk: Buffer) => (written += chunk.toString()));
    const reporter = progressReporter(stream);
    reporter.update(progress(1000, 500, 1000));
    reporter.stop();
    expect(written).toMatch(/^importing: 1000 rows read \(50%\), [\d,]+ rows\/s, about \d+ s left\n$/);
  });
});
