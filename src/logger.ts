import pino, { type Logger } from 'pino';

/** Structured JSON logs. Authorization headers and tokens are redacted wherever they appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: ['req.headers.authorization', '*.token', 'token', 'headers.authorization'], censor: '[redacted]' },
  });
}

export type { Logger };
