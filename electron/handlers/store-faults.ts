// Every handler's disk and file-system faults in plain words: a write refused by a view-only
// connection says so (閲覧のみ), a full disk or an unwritable file names the DB and what to do.
import type { Handlers } from '../../shared/api/dispatch.ts';
import { AppError } from '../../shared/api/errors.ts';
import { assertDbWritable } from '../store/edit-guard.ts';
import { describeStoreFault, isNotWritable } from '../store/faults.ts';
import { viewOnlyOf } from '../store/view-only.ts';
import type { HandlerContext } from './context.ts';

export function translateStoreFault(e: unknown, ctx: HandlerContext): unknown {
  if (e instanceof AppError) return e;
  if (isNotWritable(e) && viewOnlyOf(ctx.db)) {
    try {
      assertDbWritable(ctx.db);
    } catch (refusal) {
      return refusal;
    }
  }
  return describeStoreFault(e, ctx.dbPath) ?? e;
}

export function withStoreFaults(all: Handlers<HandlerContext>): Handlers<HandlerContext> {
  const out: Record<string, unknown> = {};
  for (const [name, h] of Object.entries(all) as [string, (input: unknown, ctx: HandlerContext) => unknown][]) {
    out[name] = async (input: unknown, ctx: HandlerContext) => {
      try {
        return await h(input, ctx);
      } catch (e) {
        throw translateStoreFault(e, ctx);
      }
    };
  }
  return out as Handlers<HandlerContext>;
}
