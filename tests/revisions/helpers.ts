// Shared setup for the revisions tests: a DB on disk from a document, its SHA-256, the CLI in-process.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../electron/store/open.ts';
import { makeContext, type HandlerContext } from '../../electron/handlers/context.ts';
import { handlers } from '../../electron/handlers/index.ts';
import { dispatch } from '../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract.ts';
import type { ApiError } from '../../shared/api/errors.ts';
import { runCli } from '../../electron/cli/run.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';

export const MINI_PATH = new URL('../fixtures/mini-plan.json', import.meta.url);
export const mini = (): PlanDocument => JSON.parse(readFileSync(MINI_PATH, 'utf8')) as PlanDocument;

export interface TestDb { db: Database; path: string; dir: string; ctx: HandlerContext; close(): void }

export function makeDb(doc: PlanDocument = mini()): TestDb {
  const dir = mkdtempSync(join(tmpdir(), 'plan-desk-rev-'));
  const path = join(dir, 'plan.db');
  const db = openDatabase(path, { seed: () => doc });
  const ctx = makeContext(db, path, 'cli');
  return { db, path, dir, ctx, close: () => { if (db.open) db.close(); rmSync(dir, { recursive: true, force: true }); } };
}

export const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Calls a handler through dispatch (validation included); returns the value or throws the API error. */
export async function ok<N extends MethodName>(t: TestDb, name: N, input: MethodInput<N>): Promise<MethodResult<N>> {
  const r = await dispatch(handlers, name, input, t.ctx);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as MethodResult<N>;
}

/** Calls a handler expecting a refusal; returns the error. */
export async function refused<N extends MethodName>(t: TestDb, name: N, input: MethodInput<N>): Promise<ApiError> {
  const r = await dispatch(handlers, name, input, t.ctx);
  if (r.ok) throw new Error(`${name} was expected to be refused but succeeded`);
  return r.error;
}

export async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}
