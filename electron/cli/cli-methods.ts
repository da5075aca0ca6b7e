// The CLI's own methods: what the page must never have (whole DB files: create, synthesize, back up,
// restore; the plan PDF rendered in this process). Same shape as the contract (name → input schema),
// validated and wrapped by the same dispatch; the CLI writes any file it gets back itself.
import { z } from 'zod';
import { AppError, type ApiResult } from '../../shared/api/errors.ts';
import { dispatchOn } from '../../shared/api/dispatch.ts';
import { MAX_SYNTH_ITEMS } from '../../shared/synth/generate.ts';
import { backupDb, initDatabase, restoreDb, synthDatabase } from './db-file-handlers.ts';
import { printPlanPdf } from './pdf-file-handler.ts';
import { describeStoreFault } from '../store/faults.ts';

const DbFile = z.string().min(1, { message: '--db でデータベースのファイルを指定してください' });
const int = (min: number, max: number) => z.number().int().min(min).max(max);

export const cliMethods = {
  initDatabase: { input: z.strictObject({ db: DbFile, force: z.boolean().optional() }) },
  synthDatabase: {
    input: z.strictObject({ db: DbFile, items: int(1, MAX_SYNTH_ITEMS), departments: int(1, MAX_SYNTH_ITEMS * 10).optional(), seed: int(0, 0xffffffff).optional(), force: z.boolean().optional() }),
  },
  backupDatabase: { input: z.strictObject({ db: DbFile, out: z.string().min(1).optional() }) },
  restoreDatabase: { input: z.strictObject({ db: DbFile, from: z.string().min(1) }) },
  printPlanPdf: {
    input: z.strictObject({
      db: DbFile,
      revision: z.string().min(1).optional(),
      only: z.array(z.number().int().min(1).max(99999)).max(100000).optional(),
      department: z.string().min(1).max(100).optional(),
      era: z.enum(['seireki', 'wareki', 'both']).optional(),
    }),
  },
} as const;

type CliMethods = typeof cliMethods;
export type CliMethodName = keyof CliMethods;
type Input<N extends CliMethodName> = z.output<CliMethods[N]['input']>;

/** A full disk or an unwritable folder gets the same plain words as in the app's handlers. */
const plainFaults = <I extends { db: string }, R>(f: (i: I) => R) => async (i: I): Promise<Awaited<R>> => {
  try {
    return await f(i);
  } catch (e) {
    throw describeStoreFault(e, i.db) ?? e;
  }
};

const cliHandlers = {
  initDatabase: plainFaults((i: Input<'initDatabase'>) => initDatabase(i)),
  synthDatabase: plainFaults((i: Input<'synthDatabase'>) => synthDatabase(i)),
  backupDatabase: plainFaults((i: Input<'backupDatabase'>) => backupDb(i)),
  restoreDatabase: plainFaults((i: Input<'restoreDatabase'>) => restoreDb(i)),
  printPlanPdf: plainFaults((i: Input<'printPlanPdf'>) => printPlanPdf(i)),
} satisfies { [N in CliMethodName]: (input: Input<N>) => unknown };

type Result<N extends CliMethodName> = Awaited<ReturnType<(typeof cliHandlers)[N]>>;

/** Calls a CLI-only method through dispatch, throwing its API error back as AppError. */
export async function cliCall<N extends CliMethodName>(name: N, input: z.input<CliMethods[N]['input']>): Promise<Result<N>> {
  const r = (await dispatchOn(cliMethods, cliHandlers, name, input, null, (e, id) => {
    process.stderr.write(`[${id}] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  })) as ApiResult<Result<N>>;
  if (!r.ok) throw new AppError(r.error.code, r.error.message, { issues: r.error.issues, details: r.error.details });
  return r.value;
}
