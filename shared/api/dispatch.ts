// The one way into the handlers: validate the input against the contract, run, wrap the outcome.
// Nothing throws across the boundary: every path ends in {ok:true,value} or {ok:false,error}.
import { AppError, type ApiResult } from './errors.ts';
import { contract, isMethodName, type MethodName, type MethodResult, type ParsedInput } from './contract.ts';
import { describeIssues, toFieldIssues } from '../domain/issues.ts';

export type Handler<N extends MethodName, Ctx> = (input: ParsedInput<N>, ctx: Ctx) => MethodResult<N> | Promise<MethodResult<N>>;
export type Handlers<Ctx> = { [N in MethodName]: Handler<N, Ctx> };

export async function dispatch<Ctx>(handlers: Handlers<Ctx>, name: string, rawInput: unknown, ctx: Ctx, onInternal?: (e: unknown) => void): Promise<ApiResult<unknown>> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `「${name}」という操作はありません。` } };
  }
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'BAD_INPUT', message: `入力が正しくありません:\n${describeIssues(parsed.error)}`, issues: toFieldIssues(parsed.error) },
    };
  }
  try {
    const handler = handlers[name] as Handler<MethodName, Ctx>;
    const value = await handler(parsed.data as never, ctx);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toApiError() };
    onInternal?.(e);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `予期しないエラーが発生しました。データは変更していません。(${e instanceof Error ? e.message : String(e)})` },
    };
  }
}
