import cliProgress from 'cli-progress';
import type { ImportProgress } from '../import/importTypes';

const PROGRESS_LINE_INTERVAL_MS = 5_000;
/** Before this much of the file is read, a rate says little about the rest: no time left is given. */
const MIN_FRACTION_FOR_ETA = 0.01;

/** How far an import has come: rows a second so far, and the time left if the rest reads at the same pace. */
export interface ImportPace {
  percent: number;
  rowsPerSecond: number;
  /** Seconds left, from the share of the file's bytes read; null until enough of the file is read to tell. */
  secondsLeft: number | null;
}

export function importPace(progress: ImportProgress): ImportPace {
  const fraction = progress.totalBytes > 0 ? Math.min(progress.bytesRead / progress.totalBytes, 1) : 1;
  const elapsedSeconds = Math.max(progress.elapsedMs, 1) / 1000;
  const secondsLeft = fraction >= MIN_FRACTION_FOR_ETA ? (elapsedSeconds * (1 - fraction)) / fraction : null;
  return {
    percent: Math.floor(100 * fraction),
    rowsPerSecond: Math.round(progress.rowsRead / elapsedSeconds),
    secondsLeft: secondsLeft === null ? null : Math.ceil(secondsLeft),
  };
}

/** "1 h 02 min", "3 min 05 s", "42 s". */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  if (hours > 0) return `${hours} h ${twoDigits(minutes)} min`;
  if (minutes > 0) return `${minutes} min ${twoDigits(rest)} s`;
  return `${rest} s`;
}

/** The line a log or a pipe gets: `importing: 120000 rows read (40%), 9,812 rows/s, about 12 s left`. */
export function progressLine(progress: ImportProgress): string {
  const pace = importPace(progress);
  const left = pace.secondsLeft === null ? '' : `, about ${formatDuration(pace.secondsLeft)} left`;
  const rate = pace.rowsPerSecond.toLocaleString('en-US');
  return `importing: ${progress.rowsRead} rows read (${pace.percent}%), ${rate} rows/s${left}`;
}

export interface ProgressReporter {
  update: (progress: ImportProgress) => void;
  stop: () => void;
}

/** A progress bar with rate and time left on a terminal; otherwise (a log, a pipe) a progressLine every 5 s. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: 'importing [{bar}] {percentage}% | {rows} rows | {rate} rows/s | {left} left' },
      cliProgress.Presets.shades_classic,
    );
    let running = false;
    return {
      update: (progress) => {
        const pace = importPace(progress);
        const payload = {
          rows: progress.rowsRead,
          rate: pace.rowsPerSecond.toLocaleString('en-US'),
          left: pace.secondsLeft === null ? '…' : formatDuration(pace.secondsLeft),
        };
        if (!running) bar.start(progress.totalBytes, 0, payload);
        running = true;
        bar.update(progress.bytesRead, payload);
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update: (progress) => {
      if (Date.now() - last < PROGRESS_LINE_INTERVAL_MS) return;
      last = Date.now();
      stream.write(`${progressLine(progress)}\n`);
    },
    stop: () => undefined,
  };
}
