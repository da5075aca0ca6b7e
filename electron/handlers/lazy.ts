// Handlers whose modules pull in heavy libraries (exceljs, pdfmake) are loaded on first use,
// so a CLI command or the app start does not pay for code it never runs.
import type { Handlers } from '../../shared/api/dispatch.ts';
import type { MethodName } from '../../shared/api/contract.ts';
import type { HandlerContext } from './context.ts';

type H = Handlers<HandlerContext>;

/** A map of `names` whose functions import `load()` once, then call the real handler. */
export function lazyHandlers<N extends MethodName>(names: readonly N[], load: () => Promise<Pick<H, N>>): Pick<H, N> {
  let loaded: Promise<Pick<H, N>> | null = null;
  const entries = names.map((name) => [
    name,
    async (input: unknown, ctx: HandlerContext) => {
      loaded ??= load();
      const handler = (await loaded)[name] as (i: unknown, c: HandlerContext) => unknown;
      return handler(input, ctx);
    },
  ]);
  return Object.fromEntries(entries) as Pick<H, N>;
}
