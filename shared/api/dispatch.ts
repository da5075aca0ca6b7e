// The one way into the handlers: validate the input against the method map, run, wrap the outcome.
// Nothing throws across the boundary: every path ends in {ok:true,value} or {ok:false,error}.
// The page's map is `contract`; the CLI has a second map of its own (cli-methods.ts) for what the
// page must never call, served by this same function.
import type { z } from 'zod';
import { AppError, type ApiResult } from './errors.ts';
import { contract, type MethodName, type MethodResult, type ParsedInput } from './contract.ts';
import { describeIssues, toFieldIssues } from '../domain/issues.ts';

export type Handler<N extends MethodName, Ctx> = (input: ParsedInput<N>, ctx: Ctx) => MethodResult<N> | Promise<MethodResult<N>>;
export type Handlers<Ctx> = { [N in MethodName]: Handler<N, Ctx> };

/** An unexpected failure: its text goes to the log under this id; the caller sees only the id. */
export type OnInternal = (e: unknown, errorId: string) => void;

/** A short id people can read out on the phone to the help desk. */
export function newErrorId(): string {
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
}

export const internalErrorMessage = (id: string) =>
  `予期しないエラーが発生しました。データは変更していません。(エラー番号 ${id}。詳しい記録はヘルプの「ログのフォルダーを開く」にあります)`;

type AnyMethods = Record<string, { input: z.ZodType }>;
type AnyHandlers<Ctx> = Record<string, (input: never, ctx: Ctx) => unknown>;

export async function dispatchOn<Ctx>(methods: AnyMethods, handlers: AnyHandlers<Ctx>, name: string, rawInput: unknown, ctx: Ctx, onInternal?: OnInternal): Promise<ApiResult<unknown>> {
  if (!Object.prototype.hasOwnProperty.call(methods, name)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `「${name}」という操作はありません。` } };
  }
  const parsed = methods[name]!.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'BAD_INPUT', message: `入力が正しくありません:\n${describeIssues(parsed.error)}`, issues: toFieldIssues(parsed.error) },
    };
  }
  try {
    const value = await handlers[name]!(parsed.data as never, ctx);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof AppError && e.code !== 'INTERNAL') return { ok: false, error: e.toApiError() };
    const id = newErrorId();
    if (e instanceof AppError) {
      // A failure the code foresaw keeps its Japanese sentence, gains the id, and loses any stack trace.
      onInternal?.(e, id);
      const error = e.toApiError();
      return { ok: false, error: { ...error, message: `${error.message.split(/\n\s+at /u)[0]}(エラー番号 ${id})` } };
    }
    onInternal?.(e, id);
    return { ok: false, error: { code: 'INTERNAL', message: internalErrorMessage(id) } };
  }
}

export function dispatch<Ctx>(handlers: Handlers<Ctx>, name: string, rawInput: unknown, ctx: Ctx, onInternal?: OnInternal): Promise<ApiResult<unknown>> {
  return dispatchOn(contract, handlers as unknown as AnyHandlers<Ctx>, name, rawInput, ctx, onInternal);
}
