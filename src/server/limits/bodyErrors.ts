import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '../../errors';
import { currentRequestId } from '../requestContext';

interface HttpError {
  status?: number;
  type?: string;
  limit?: number;
  length?: number;
}

/**
 * Express error handler for what fails before GraphQL runs (body too large, malformed JSON):
 * answers JSON in the GraphQL error shape, never HTML or a stack trace.
 */
export function bodyErrorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    const { status, type, limit, length } = (error ?? {}) as HttpError;
    const requestId = currentRequestId();
    if (type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          {
            message: `The request body is ${length ?? 'over'} bytes; the maximum is ${limit} bytes.`,
            extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, limit: { name: 'bodyBytes', max: limit, found: length } },
          },
        ],
      });
      return;
    }
    if (status !== undefined && status >= 400 && status < 500) {
      const message = type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : 'Bad request.';
      res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
      return;
    }
    logger.error({ err: error, requestId }, 'internal error before GraphQL');
    res.status(500).json({
      errors: [
        {
          message: `Internal server error (request id ${requestId ?? 'unknown'}).`,
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
        },
      ],
    });
  };
}
