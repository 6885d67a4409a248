import http from 'node:http';

export interface PausedReader {
  status: number;
  retryAfter: string | undefined;
  /** The JSON error of a refused export. */
  error?: { code: string; message: string };
  /** Reads on: `complete` when the whole file arrives, `cut` when the server ended the download first. */
  readRest: () => Promise<'complete' | 'cut'>;
  destroy: () => void;
}

/**
 * A raw TCP client on 127.0.0.1: a download (200) is read up to its first chunk and then no more, so its socket
 * buffers fill and the server waits for `drain`; a refusal is read whole. Rejects if no answer comes in time.
 */
export function pausedExportReader(url: string, answerWithinMs: number): Promise<PausedReader> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false }, (response) => {
      const status = response.statusCode!;
      const retryAfter = response.headers['retry-after'];
      const destroy = () => request.destroy();
      if (status !== 200) {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.once('end', () =>
          resolve({
            status,
            retryAfter,
            error: (JSON.parse(text) as { error: PausedReader['error'] }).error,
            readRest: async () => 'complete',
            destroy,
          }),
        );
        return;
      }
      const ended = new Promise<'complete' | 'cut'>((done) => {
        response.once('end', () => done(response.complete ? 'complete' : 'cut'));
        response.once('error', () => done('cut'));
        response.once('aborted', () => done('cut'));
      });
      response.once('data', () => {
        response.pause();
        resolve({
          status,
          retryAfter,
          readRest: () => {
            response.resume();
            return ended;
          },
          destroy,
        });
      });
    });
    request.setTimeout(answerWithinMs, () => request.destroy(new Error(`no answer within ${answerWithinMs} ms`)));
    request.on('error', () => undefined);
    request.once('error', reject);
  });
}
