/**
 * The one place where errors become HTTP responses (in the spirit of hono's HTTPException and a
 * single `onError`): `{"error": {"code", "message"}}` with a status derived from Marsad's error code.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ERROR_CODES, MarsadError, type ErrorCode } from '../errors.js';

/** HTTP status per error code. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, 400 | 403 | 404 | 413 | 500 | 503>> = {
  [ERROR_CODES.INPUT_INVALID]: 400,
  [ERROR_CODES.INPUT_MISSING]: 400,
  [ERROR_CODES.UNKNOWN_CODE]: 400,
  [ERROR_CODES.NOT_FOUND]: 404,
  [ERROR_CODES.PAYLOAD_TOO_LARGE]: 413,
  [ERROR_CODES.DATA_INVALID]: 500,
  [ERROR_CODES.PIPELINE_INVALID]: 500,
  [ERROR_CODES.STORE_INVALID]: 503,
  [ERROR_CODES.INTERNAL]: 500,
  [ERROR_CODES.UNAVAILABLE]: 503,
  [ERROR_CODES.FORBIDDEN]: 403,
};

/** An error with an HTTP meaning: a Marsad error code and a message. */
export class ApiError extends MarsadError {
  constructor(code: ErrorCode, message: string) {
    super(code, message);
    this.name = 'ApiError';
  }
}

/** The JSON body of an error response. */
export interface ErrorBody { error: { code: ErrorCode; message: string } }

/** The response for any error thrown by a handler; internal errors are logged, not shown. */
export function errorResponse(err: unknown, c: Context, log: (s: string) => void = (s) => process.stderr.write(s)): Response {
  if (err instanceof MarsadError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message.replace(/^marsad: /, '') } };
    return c.json(body, HTTP_STATUS[err.code]);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code = err.status === 404 ? ERROR_CODES.NOT_FOUND : err.status === 413 ? ERROR_CODES.PAYLOAD_TOO_LARGE : ERROR_CODES.INPUT_INVALID;
    const body: ErrorBody = { error: { code, message: err.message || 'invalid request' } };
    return c.json(body, HTTP_STATUS[code]);
  }
  log(`marsad serve: internal error on ${c.req.method} ${c.req.path}: ${(err as Error).stack ?? String(err)}\n`);
  const body: ErrorBody = { error: { code: ERROR_CODES.INTERNAL, message: 'internal error' } };
  return c.json(body, 500);
}
