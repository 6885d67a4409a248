import { sampleRss } from './processMemory';
import type { ChildServer } from './childServer';

export interface ExportMeasure {
  seconds: number;
  bytes: number;
  apiRssBeforeMb: number;
  apiRssPeakMb: number;
  /** API RSS sampled every 50 ms during the download (MB), to show whether it stays flat. */
  apiRssSamplesMb: number[];
}

const EXPORT_TIMEOUT_MS = 240_000;

/** Downloads the full network as GraphML over HTTP, reading the body as it streams, sampling the API's RSS. */
export async function measureGraphmlExport(api: ChildServer): Promise<ExportMeasure> {
  const url = api.url.replace(/\/graphql$/, '/export/network.graphml');
  const apiRssBeforeMb = api.memory().rssMb;
  const started = performance.now();
  const {
    result: bytes,
    peakMb,
    samplesMb,
  } = await sampleRss(
    () => api.memory().rssMb,
    async () => {
      const response = await fetch(url, { signal: AbortSignal.timeout(EXPORT_TIMEOUT_MS) });
      if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
      const reader = response.body.getReader();
      let received = 0;
      for (let read = await reader.read(); !read.done; read = await reader.read()) received += read.value.byteLength;
      return received;
    },
  );
  return {
    seconds: Math.round((performance.now() - started) / 100) / 10,
    bytes,
    apiRssBeforeMb,
    apiRssPeakMb: peakMb,
    apiRssSamplesMb: samplesMb.filter((_, index) => index % 10 === 0),
  };
}
