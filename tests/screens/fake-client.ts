// The component tests' backend: the app's own handlers on an in-memory SQLite DB seeded with a
// small plan, put in place of the renderer's client. Every call goes through the contract's
// input validation (dispatch) exactly as over IPC or HTTP; a test can replace one method (to
// answer with an error) and read the calls the screen made.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { dispatch } from '../../shared/api/dispatch.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import { methodNames, type MethodInput, type MethodName, type MethodResult } from '../../shared/api/contract.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { handlers } from '../../electron/handlers/index.ts';
import type { HandlerContext } from '../../electron/handlers/context.ts';
import { api } from '../../renderer/api/client.ts';

// Paths, not URLs: under jsdom the global URL is the DOM's, which node:fs does not take.
const here = dirname(fileURLToPath(import.meta.url));
const readDoc = (...parts: string[]) => JSON.parse(readFileSync(join(here, ...parts), 'utf8')) as PlanDocument;
/** Two initiatives, three 課: quick, and every field filled. */
export const miniPlan = (): PlanDocument => readDoc('..', 'fixtures', 'mini-plan.json');
/** The published plan (43 initiatives), for screens about many rows. */
export const seedPlan = (): PlanDocument => readDoc('..', '..', 'seeds', 'plan-2025.json');

export interface Call { name: MethodName; input: unknown }
type Override<N extends MethodName> = (input: MethodInput<N>) => ApiResult<MethodResult<N>> | Promise<ApiResult<MethodResult<N>>>;

export interface FakeClient {
  db: Database;
  calls: Call[];
  /** The calls of one method, in order. */
  callsOf: (name: MethodName) => unknown[];
  override: <N extends MethodName>(name: N, fn: Override<N>) => void;
  close: () => void;
}

export function installFakeClient(doc: PlanDocument = miniPlan()): FakeClient {
  const db = openDatabase(':memory:', { seed: () => doc });
  const ctx: HandlerContext = { db, dbPath: ':memory:', user: 'テスト担当', source: '画面', host: 'browser' };
  const calls: Call[] = [];
  const overrides = new Map<MethodName, (input: unknown) => unknown>();
  const target = api as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  for (const name of methodNames) {
    target[name] = async (input: unknown) => {
      calls.push({ name, input });
      const o = overrides.get(name);
      // A JSON round trip, as over the wire: the screen gets no shared objects from the store.
      const wire = JSON.parse(JSON.stringify(input ?? {})) as unknown;
      return o ? o(wire) : JSON.parse(JSON.stringify(await dispatch(handlers, name, wire, ctx)));
    };
  }
  return {
    db,
    calls,
    callsOf: (name) => calls.filter((c) => c.name === name).map((c) => c.input),
    override: (name, fn) => { overrides.set(name, fn as (input: unknown) => unknown); },
    close: () => db.close(),
  };
}
