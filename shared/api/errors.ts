// Errors that cross the API boundary: a code for programs, a Japanese message for people.
import type { FieldIssue } from '../domain/issues.ts';

export type ErrorCode =
  | 'BAD_INPUT' // the input failed validation (details name the fields)
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'CONFLICT' // the change contradicts the data (duplicate No., label in use, …)
  | 'STALE_VERSION' // saved over a newer version (optimistic concurrency)
  | 'READ_ONLY' // a frozen revision or an old plan period
  | 'DB_NEWER' // the DB was written by a newer version of the app
  | 'DB_INVALID' // not a plan-desk DB, or corrupt
  | 'STORAGE' // the disk is full, or the DB file or its folder cannot be written
  | 'FILE_REJECTED' // an imported file was refused (details name file/sheet/cell)
  | 'UNAUTHORIZED'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  details?: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by handlers and the store; turned into `{ok:false,error}` at the boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, extra: { issues?: FieldIssue[]; details?: unknown } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = extra.issues;
    this.details = extra.details;
  }
  toApiError(): ApiError {
    const e: ApiError = { code: this.code, message: this.message };
    if (this.issues) e.issues = this.issues;
    if (this.details !== undefined) e.details = this.details;
    return e;
  }
}
