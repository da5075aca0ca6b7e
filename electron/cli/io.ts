// Shared pieces of the CLI: option parsing with Japanese errors, opening the DB, calling handlers.
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Database } from 'better-sqlite3';
import { AppError, type ApiResult } from '../../shared/api/errors.ts';
import { dispatch } from '../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract.ts';
import { handlers } from '../handlers/index.ts';
import { makeContext } from '../handlers/context.ts';
import type { OpenOptions } from '../store/open.ts';
import { openCheckedDatabase } from '../store/integrity.ts';
import { acquireDbLock } from '../store/db-lock.ts';
import { recoverHotJournal } from '../store/hot-journal.ts';
import { defaultDbPath } from '../paths.ts';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface Command {
  /** e.g. "init", "round create". */
  name: string;
  usage: string;
  summary: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

/** Exit codes: 0 done, 1 finished with errors found (check, rejected files), 2 refused (bad input, usage). */
export const EXIT = { ok: 0, findings: 1, refused: 2 } as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/** A required option's value, or a Japanese message naming the option and the usage. */
export function need(v: string | undefined, option: string, usage: string): string {
  if (v === undefined || v.trim() === '') throw new AppError('BAD_INPUT', `${option} を指定してください。\n使い方: ${usage}`);
  return v;
}

export function parseOptions<O extends Options>(argv: string[], options: O, usage: string, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw new AppError('BAD_INPUT', `コマンドの指定が正しくありません: ${(e as Error).message}\n使い方: ${usage}`);
  }
}

export function openCliDb(dbOption: string | undefined, opts: OpenOptions = { create: false }): { db: Database; path: string } {
  const path = dbOption ?? defaultDbPath();
  // quick_check on open: a damaged file is refused with the newest backup named.
  return { db: openCheckedDatabase(path, opts), path };
}

/** Calls a handler through the contract (validation included), throwing the API error back as AppError. */
export async function call<N extends MethodName>(db: Database, dbPath: string, name: N, input: MethodInput<N>): Promise<MethodResult<N>> {
  const r = (await dispatch(handlers, name, input, makeContext(db, dbPath, 'cli'), (e, id) => {
    process.stderr.write(`[${id}] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  })) as ApiResult<MethodResult<N>>;
  if (!r.ok) throw new AppError(r.error.code, r.error.message, { issues: r.error.issues, details: r.error.details });
  return r.value;
}

/** Runs `fn` with the DB open and always closes it. */
export async function withDb<T>(dbOption: string | undefined, fn: (db: Database, path: string) => Promise<T> | T, opts?: OpenOptions): Promise<T> {
  const path = dbOption ?? defaultDbPath();
  // A missing DB is reported as such (with how to create it), before any lock file is attempted.
  if (!(opts?.create ?? false) && path !== ':memory:' && !existsSync(path)) {
    throw new AppError('NOT_FOUND', `データベース「${path}」がありません。\`plan-desk init --db ${path}\` で作成してください。`);
  }
  // A writing command takes the DB's lock file: never two writers (app, browser host, CLI) at once.
  // A reading one first rolls back what a killed writer left, as the app's start would.
  if (opts?.readonly) recoverHotJournal(path);
  const lock = opts?.readonly ? null : acquireDbLock(path, 'CLI');
  try {
    const { db, path } = openCliDb(dbOption, opts);
    try {
      return await fn(db, path);
    } finally {
      db.close();
    }
  } finally {
    lock?.release();
  }
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
