import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/api/contract.ts';
import { dispatch, type Handlers } from '../../shared/api/dispatch.ts';
import { AppError } from '../../shared/api/errors.ts';
import { handlers } from '../../electron/handlers/index.ts';
import { editHandlers } from '../../electron/handlers/edit-handlers.ts';
import { pdfHandlers } from '../../electron/handlers/pdf-handlers.ts';
import { pdfJobHandlers } from '../../electron/handlers/pdf-job-handlers.ts';
import { planHandlers } from '../../electron/handlers/plan-handlers.ts';
import { revisionHandlers } from '../../electron/handlers/revision-handlers.ts';
import { revisionPdfHandlers } from '../../electron/handlers/revision-pdf-handlers.ts';
import { reviewHandlers } from '../../electron/handlers/review-handlers.ts';
import { surveyHandlers } from '../../electron/handlers/survey-handlers.ts';
import { surveyRoundHandlers } from '../../electron/handlers/survey-round-handlers.ts';
import { channelOf, SHELL_CHANNELS } from '../../electron/shell/channels.ts';
import { preloadBuild } from '../../scripts/preload-build.ts';

const sorted = (names: Iterable<string>) => [...names].sort();

/** The preload as the build bundles it, run against a stand-in for Electron: what it exposes, and what it sends. */
async function runBuiltPreload() {
  const out = await build({ ...preloadBuild, write: false });
  const exposed: Record<string, unknown> = {};
  const sent: { channel: string; input: unknown }[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => { exposed[key] = value; } },
    ipcRenderer: { invoke: (channel: string, input: unknown) => { sent.push({ channel, input }); return Promise.resolve(null); } },
  };
  const module = { exports: {} };
  runInNewContext(out.outputFiles[0]!.text, {
    module,
    exports: module.exports,
    require: (id: string) => {
      if (id !== 'electron') throw new Error(`the preload requires ${id}: only electron is available in the sandbox`);
      return electron;
    },
  });
  return { exposed, sent };
}

// Handlers that only echo, to test the boundary itself.
const echo = new Proxy({}, { get: (_t, name) => (input: unknown) => ({ name, input }) }) as unknown as Handlers<null>;

describe('the contract boundary', () => {
  it('gives every method an input schema', () => {
    for (const n of methodNames) expect(typeof contract[n].input.safeParse, n).toBe('function');
  });
  it('registers every method exactly once: one handler module provides it, the handler map has nothing else', () => {
    const modules = { planHandlers, editHandlers, revisionHandlers, reviewHandlers, pdfHandlers, pdfJobHandlers, revisionPdfHandlers, surveyHandlers, surveyRoundHandlers };
    const providers = new Map<string, string[]>();
    for (const [module, map] of Object.entries(modules)) {
      for (const name of Object.keys(map)) providers.set(name, [...(providers.get(name) ?? []), module]);
    }
    const notOnce = sorted(new Set([...methodNames, ...providers.keys()])).filter((n) => providers.get(n)?.length !== 1);
    expect(notOnce.map((n) => `${n}: ${providers.get(n)?.join(', ') ?? 'no handler'}`)).toEqual([]);
    expect(sorted(Object.keys(handlers))).toEqual(sorted(methodNames));
    for (const n of methodNames) expect(typeof handlers[n], n).toBe('function');
  });
  it('the built preload exposes exactly the contract methods and the shell calls, each on its own channel', async () => {
    const { exposed, sent } = await runBuiltPreload();
    expect(Object.keys(exposed)).toEqual(['planDesk', 'planDeskShell']);
    const shell = exposed.planDeskShell as Record<string, (arg: unknown) => Promise<unknown>>;
    expect(Object.isFrozen(shell)).toBe(true);
    expect(sorted(Object.keys(shell))).toEqual(sorted(Object.keys(SHELL_CHANNELS)));
    for (const [name, channel] of Object.entries(SHELL_CHANNELS)) {
      await shell[name]!({ probe: name });
      expect(sent.pop()).toEqual({ channel, input: { probe: name } });
    }
    const api = exposed.planDesk as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(sorted(Object.keys(api))).toEqual(sorted(methodNames));
    for (const n of methodNames) await api[n]!({ probe: n });
    expect(sent).toEqual(methodNames.map((n) => ({ channel: channelOf(n), input: { probe: n } })));
  });
  it('refuses an unknown method with UNKNOWN_METHOD', async () => {
    const r = await dispatch(echo, 'deleteEverything', {}, null);
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: expect.stringContaining('deleteEverything') } });
  });
  it('refuses bad inputs with BAD_INPUT and the field path, before the handler runs', async () => {
    let ran = false;
    const h = { ...echo, getInitiative: () => { ran = true; return null; } } as unknown as Handlers<null>;
    const r = await dispatch(h, 'getInitiative', { id: 'a b' }, null);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('BAD_INPUT');
      expect(r.error.issues?.[0]?.path).toBe('id');
    }
    const extra = await dispatch(h, 'getPlan', { unexpected: 1 }, null);
    expect(extra.ok).toBe(false);
    expect(ran).toBe(false);
  });
  it('turns AppError and unexpected throws into results, never exceptions', async () => {
    const h = {
      ...echo,
      getPlan: () => { throw new AppError('NOT_FOUND', '見つかりません'); },
      dumpPlan: () => { throw new TypeError('boom'); },
    } as unknown as Handlers<null>;
    expect(await dispatch(h, 'getPlan', {}, null)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '見つかりません' } });
    const logged: [unknown, string][] = [];
    const r = await dispatch(h, 'dumpPlan', {}, null, (e, id) => logged.push([e, id]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      // The internal text goes to the log under an id; the caller gets the id and a Japanese sentence only.
      expect(r.error.code).toBe('INTERNAL');
      expect(r.error.message).not.toContain('boom');
      expect(logged).toHaveLength(1);
      expect(String(logged[0]![0])).toContain('boom');
      expect(r.error.message).toContain(`エラー番号 ${logged[0]![1]}`);
    }
  });
  it('keeps a foreseen INTERNAL error\'s sentence, adds the logged id, drops a stack trace', async () => {
    const h = { ...echo, dumpPlan: () => { throw new AppError('INTERNAL', 'PDF を作成できませんでした: Error: x\n    at render (/src/render.ts:1:1)'); } } as unknown as Handlers<null>;
    const ids: string[] = [];
    const r = await dispatch(h, 'dumpPlan', {}, null, (_e, id) => ids.push(id));
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: `PDF を作成できませんでした: Error: x(エラー番号 ${ids[0]})` } });
  });
  it('passes valid input to the handler', async () => {
    const r = await dispatch(echo, 'getInitiative', { id: 'seed-01' }, null);
    expect(r).toEqual({ ok: true, value: { name: 'getInitiative', input: { id: 'seed-01' } } });
  });
});
