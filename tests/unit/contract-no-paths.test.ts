// No input of the page's contract can name a place on disk. Rule: no object key (at any depth)
// ending in Path, File, Dir or Folder, case-insensitive, and every object strict, so a key the
// schema does not list (an old page's `outFile`) is refused, not ignored. Allowed exceptions: none.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, methodNames } from '../../shared/api/contract.ts';
import { dispatch, type Handlers } from '../../shared/api/dispatch.ts';

const PATH_LIKE_KEY = /(path|file|dir|folder)$/iu;
const ALLOWED_EXCEPTIONS: readonly string[] = [];

interface Found { keys: string[]; looseObjects: string[] }

/** Walks a zod 4 schema by its definition (objects, arrays, unions, wrappers, pipes, lazies…). */
function walk(schema: z.ZodType, at: string, found: Found, seen = new Set<unknown>()): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const child = (s: unknown, where: string) => walk(s as z.ZodType, where, found, seen);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const catchall = def.catchall as z.ZodType | undefined;
      const strict = catchall !== undefined && (catchall as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'never';
      if (!strict) found.looseObjects.push(at || '(入力)');
      for (const [k, v] of Object.entries(shape)) {
        const where = at ? `${at}.${k}` : k;
        found.keys.push(where);
        child(v, where);
      }
      if (catchall && !strict) child(catchall, `${at}.*`);
      return;
    }
    case 'array': return child(def.element, `${at}[]`);
    case 'set': return child(def.valueType, `${at}[]`);
    case 'record':
    case 'map': child(def.keyType, `${at}{key}`); return child(def.valueType, `${at}{}`);
    case 'tuple': for (const [i, s] of (def.items as unknown[]).entries()) child(s, `${at}[${i}]`); if (def.rest) child(def.rest, `${at}[…]`); return;
    case 'union': for (const s of def.options as unknown[]) child(s, at); return;
    case 'intersection': child(def.left, at); return child(def.right, at);
    case 'pipe': child(def.in, at); return child(def.out, at);
    case 'lazy': return child((def.getter as () => unknown)(), at);
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'catch': case 'readonly': case 'nonoptional': case 'success':
      return child(def.innerType, at);
    default: return; // leaves: string, number, enum, literal, unknown…
  }
}

function inspect(schema: z.ZodType): Found {
  const found: Found = { keys: [], looseObjects: [] };
  walk(schema, '', found);
  return found;
}

describe('no contract input is a filesystem path', () => {
  it('the walker sees keys inside arrays, unions, optionals and pipes (so the rule below can fail)', async () => {
    const { z: zod } = await import('zod');
    const nested = zod.strictObject({
      a: zod.array(zod.strictObject({ outFile: zod.string() })).optional(),
      b: zod.union([zod.strictObject({ saveDir: zod.string() }), zod.number()]),
      c: zod.string().transform((s) => s).pipe(zod.string()),
      d: zod.lazy(() => zod.strictObject({ targetFolder: zod.string().nullable() })),
      e: zod.object({ x: zod.string() }),
    });
    const f = inspect(nested);
    expect(f.keys.filter((k) => PATH_LIKE_KEY.test(k))).toEqual(['a[].outFile', 'b.saveDir', 'd.targetFolder']);
    expect(f.looseObjects).toEqual(['e']);
  });

  for (const name of methodNames) {
    it(`${name}: no key names a path, and unknown keys are refused`, () => {
      const f = inspect(contract[name].input);
      const pathKeys = f.keys.filter((k) => PATH_LIKE_KEY.test(k.split('.').at(-1)!.replace(/\[.*$/u, '')) && !ALLOWED_EXCEPTIONS.includes(`${name}.${k}`));
      expect(pathKeys).toEqual([]);
      expect(f.looseObjects).toEqual([]);
    });
  }

  it('a path-bearing call from an old page is BAD_INPUT in Japanese, and no handler runs', async () => {
    let ran = 0;
    const handlers = new Proxy({}, { get: () => () => { ran++; return {}; } }) as Handlers<null>;
    for (const [name, input] of [
      ['exportPlanXlsx', { outFile: '/tmp/plan.db' }],
      ['createSurveyRound', { name: '2025年度実績照会', fiscalYear: 2025, outDir: '/tmp/forms' }],
      ['exportSurveyForms', { roundId: 1, outDir: '/tmp/forms' }],
    ] as const) {
      const r = await dispatch(handlers, name, input, null);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('BAD_INPUT');
        expect(r.error.message).toMatch(/入力が正しくありません/u);
        expect(r.error.message).toMatch(/out(File|Dir)/u);
      }
    }
    expect(ran).toBe(0);
  });
});
