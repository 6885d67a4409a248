import { sampleRss } from './processMemory';
import type { ChildServer } from './childServer';

/** The `measures` parameter of an export: `none` and `degree` stream, `all` builds and measures in memory. */
export type ExportMeasures = 'none' | 'degree' | 'all';

export interface ExportMeasure {
  measures: ExportMeasures;
  seconds: number;
  bytes: number;
  apiRssBeforeMb: number;
  apiRssPeakMb: number;
  /** API RSS sampled every 50 ms during the download (MB), to show whether it stays flat. */
  apiRssSamplesMb: number[];
}

/** An export the API refused (400), with its message: measures=all above MAX_MEASURED_NETWORK_NODES. */
export interface ExportRefusal {
  measures: ExportMeasures;
  status: number;
  refused: string;
}

export type ExportAttempt = ExportMeasure | ExportRefusal;

export const isRefusal = (attempt: ExportAttempt): attempt is ExportRefusal => 'refused' in attempt;

const EXPORT_TIMEOUT_MS = 240_000;

class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Downloads the full network as GraphML over HTTP twice: streamed without measures (measures=none), then with
 * every measure (measures=all, the default). When the API refuses the second (the network is over
 * MAX_MEASURED_NETWORK_NODES), the refusal is recorded and the measures=degree export (streamed, with the degrees
 * counted over a pass on the edges) is measured instead.
 */
export async function measureGraphmlExports(api: ChildServer): Promise<ExportAttempt[]> {
  const attempts: ExportAttempt[] = [await measureGraphmlExport(api, 'none')];
  const all = await measureGraphmlExport(api, 'all');
  attempts.push(all);
  if (isRefusal(all)) attempts.push(await measureGraphmlExport(api, 'degree'));
  return attempts;
}

/** One GraphML download, reading the body as it streams and sampling the API's RSS. */
export async function measureGraphmlExport(api: ChildServer, measures: ExportMeasures): Promise<ExportAttempt> {
  const url = `${api.url.replace(/\/graphql$/, '/export/network.graphml')}?measures=${measures}`;
  const apiRssBeforeMb = api.memory().rssMb;
  const started = performance.now();
  try {
    const {
      result: bytes,
      peakMb,
      samplesMb,
    } = await sampleRss(
      () => api.memory().rssMb,
      async () => {
        const response = await fetch(url, { signal: AbortSignal.timeout(EXPORT_TIMEOUT_MS) });
        if (response.status === 400) {
          const body = (await response.json()) as { error?: { message?: string } };
          throw new Refused(response.status, body.error?.message ?? 'refused');
        }
        if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
        const reader = response.body.getReader();
        let received = 0;
        for (let read = await reader.read(); !read.done; read = await reader.read()) received += read.value.byteLength;
        return received;
      },
    );
    return {
      measures,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      bytes,
      apiRssBeforeMb,
      apiRssPeakMb: peakMb,
      apiRssSamplesMb: samplesMb.filter((_, index) => index % 10 === 0),
    };
  } catch (error) {
    if (error instanceof Refused) return { measures, status: error.status, refused: error.message };
    throw error;
  }
}
