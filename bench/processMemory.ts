import fs from 'node:fs';

/** Resident and peak resident memory (VmRSS, VmHWM) of a process, in MB, from /proc (Linux). */
export function processMemoryMb(pid: number): { rssMb: number; peakRssMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
}

/** Samples a process's RSS every `intervalMs` while `work` runs; answers its result and the highest sample. */
export async function sampleRss<T>(
  read: () => number,
  work: () => Promise<T>,
  intervalMs = 50,
): Promise<{ result: T; peakMb: number; samplesMb: number[] }> {
  const samplesMb: number[] = [read()];
  const timer = setInterval(() => samplesMb.push(read()), intervalMs);
  try {
    const result = await work();
    samplesMb.push(read());
    return { result, peakMb: Math.max(...samplesMb), samplesMb };
  } finally {
    clearInterval(timer);
  }
}

export const ownRssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
