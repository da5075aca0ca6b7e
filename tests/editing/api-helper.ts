// Calls the real handlers through dispatch (input validation included) as a given user/source.
import type { Database } from 'better-sqlite3';
import { dispatch } from '../../shared/api/dispatch.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract.ts';
import { handlers } from '../../electron/handlers/index.ts';
import type { HandlerContext } from '../../electron/handlers/context.ts';
import { openDatabase } from '../../electron/store/open.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { join } from 'node:path';
import { tempDir } from '../helpers.ts';

export interface TestApi {
  db: Database;
  path: string;
  /** Unexpected (non-AppError) failures the handlers hit, as dispatch reported them. */
  internal: unknown[];
  call<N extends MethodName>(name: N, input: MethodInput<N>, as?: Partial<HandlerContext>): Promise<ApiResult<MethodResult<N>>>;
  ok<N extends MethodName>(name: N, input: MethodInput<N>, as?: Partial<HandlerContext>): Promise<MethodResult<N>>;
}

export function openTestApi(doc: PlanDocument): TestApi {
  const path = join(tempDir(), 'plan.db');
  const db = openDatabase(path, { seed: () => doc });
  const ctx: HandlerContext = { db, dbPath: path, user: 'tanaka', source: '画面', host: 'browser' };
  const internal: unknown[] = [];
  const call = async <N extends MethodName>(name: N, input: MethodInput<N>, as: Partial<HandlerContext> = {}) =>
    (await dispatch(handlers, name, input, { ...ctx, ...as }, (e) => internal.push(e))) as ApiResult<MethodResult<N>>;
  return {
    db, path, call, internal,
    async ok(name, input, as) {
      const r = await call(name, input, as);
      if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
  };
}
