import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/api/contract.ts';
import { dispatch, type Handlers } from '../../shared/api/dispatch.ts';
import { AppError } from '../../shared/api/errors.ts';

// Handlers that only echo, to test the boundary itself.
const echo = new Proxy({}, { get: (_t, name) => (input: unknown) => ({ name, input }) }) as unknown as Handlers<null>;

describe('the contract boundary', () => {
  it('lists every method once with an input schema', () => {
    expect(methodNames.length).toBeGreaterThan(5);
    for (const n of methodNames) expect(typeof contract[n].input.safeParse).toBe('function');
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
