/**
 * Marsad's error kinds, in one place (in the spirit of spaCy's `errors.py`).
 * Every message starts with `marsad:` and names the input, what was expected and what was found.
 */

/** Error codes, stable across releases; CLI exit codes and API responses are derived from them. */
export const ERROR_CODES = {
  DATA_INVALID: 'E_DATA_INVALID',
  INPUT_INVALID: 'E_INPUT_INVALID',
  INPUT_MISSING: 'E_INPUT_MISSING',
  PIPELINE_INVALID: 'E_PIPELINE_INVALID',
  STORE_INVALID: 'E_STORE_INVALID',
  NOT_FOUND: 'E_NOT_FOUND',
  PAYLOAD_TOO_LARGE: 'E_PAYLOAD_TOO_LARGE',
  INTERNAL: 'E_INTERNAL',
  UNAVAILABLE: 'E_UNAVAILABLE',
  FORBIDDEN: 'E_FORBIDDEN',
  UNKNOWN_CODE: 'E_UNKNOWN_CODE',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Base class: a message and a stable code. */
export class MarsadError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message.startsWith('marsad:') ? message : `marsad: ${message}`);
    this.code = code;
    this.name = 'MarsadError';
  }
}

/** A dictionary or data file is malformed; the message names `file:line` and the field. */
export class DataError extends MarsadError {
  constructor(file: string, line: number, message: string) {
    super(ERROR_CODES.DATA_INVALID, `${file}:${line}: ${message}`);
    this.name = 'DataError';
  }
}

/** User input (a document, a flag, a JSONL line) is not what was expected. */
export class InputError extends MarsadError {
  constructor(message: string) {
    super(ERROR_CODES.INPUT_INVALID, message);
    this.name = 'InputError';
  }
}

/** A pipeline is built with a stage whose requirements nothing earlier produces, or an unknown stage. */
export class PipelineError extends MarsadError {
  constructor(message: string) {
    super(ERROR_CODES.PIPELINE_INVALID, message);
    this.name = 'PipelineError';
  }
}

/** An unknown event type, sector, country or CAMEO code; the message lists what is allowed. */
export class UnknownCodeError extends MarsadError {
  constructor(kind: string, value: string, allowed: readonly string[]) {
    const list = allowed.length > 20 ? `${allowed.slice(0, 20).join(', ')}, …` : allowed.join(', ');
    super(ERROR_CODES.UNKNOWN_CODE, `unknown ${kind} "${value}" (expected one of ${list})`);
    this.name = 'UnknownCodeError';
  }
}

/** The store file cannot be opened as a Marsad store (not SQLite, a newer schema, locked). */
export class StoreError extends MarsadError {
  constructor(message: string) {
    super(ERROR_CODES.STORE_INVALID, message);
    this.name = 'StoreError';
  }
}
