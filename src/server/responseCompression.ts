import zlib from 'node:zlib';
import compression from 'compression';

/**
 * Answers compressed when the client asks (Accept-Encoding), at the codecs' fastest settings: gzip level 1 and
 * brotli quality 1, as web servers compress dynamic answers (nginx's default gzip level is 1). A GraphQL answer is
 * written once and read once, so compression time is request time: on the 845 kB answer of the multi-consortium
 * top 100 (CORDIS layout), gzip's default level 6 took 32–47 ms and level 1 8 ms, for 191 kB instead of 156 kB;
 * brotli quality 4 (the package's default) 17–30 ms and quality 1 8 ms (bench/RESULTS.md). Every write is flushed
 * so that a streamed export still reaches the client chunk by chunk.
 */
export function responseCompression() {
  return compression({
    level: zlib.constants.Z_BEST_SPEED,
    brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MIN_QUALITY } },
    flush: zlib.constants.Z_SYNC_FLUSH,
  });
}
