// The lint rules that hold the process boundaries, run on small sources placed (by name) in
// shared/ and renderer/: each way around a boundary is reported, the allowed spellings are not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r!.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint boundaries', () => {
  const forbidden: [string, string][] = [
    ["await import('node:fs');", 'dynamic import of a built-in'],
    ["await import('fs/promises');", 'dynamic import of a bare built-in'],
    ["await import('better-sqlite3');", 'dynamic import of a Node-only package'],
    ["const m = 'fs'; await import(m);", 'import() of a computed name'],
    ["require('fs');", 'require()'],
    ["module.require('path');", 'module.require()'],
    ["import { readFileSync } from 'fs'; readFileSync('x');", 'a bare built-in name'],
    ["await fetch('./api/getPlan', { method: 'POST' });", "fetch('./api…')"],
    ['const n = 1; await fetch(`./api/${n}`);', 'fetch(`./api/…`)'],
    ['(globalThis as { planDesk?: unknown }).planDesk;', 'globalThis.planDesk'],
    ["(window as unknown as Record<string, unknown>)['planDeskShell'];", "window['planDeskShell']"],
  ];
  for (const where of ['shared/x/probe.ts', 'renderer/views/probe.ts']) {
    for (const [code, what] of forbidden) {
      it(`${where}: ${what} is reported`, async () => {
        expect((await problems(`export {};\n${code}\n`, where)).filter((r) => r.startsWith('no-restricted'))).not.toEqual([]);
      });
    }
  }

  it('renderer/api/client.ts may reach the backend; pure imports stay allowed', async () => {
    expect(await problems("export const x = () => fetch('./api/getPlan');\nexport const b = (globalThis as { planDesk?: unknown }).planDesk;\n", 'renderer/api/client.ts')).toEqual([]);
    expect(await problems("import { z } from 'zod';\nexport const s = z.string();\nexport const l = () => import('./lazy.ts');\n", 'renderer/views/probe.ts')).toEqual([]);
  });

  it('unused code is reported (typescript-eslint recommended)', async () => {
    expect(await problems('const unused = 1;\nexport {};\n', 'shared/x/probe.ts')).toContain('@typescript-eslint/no-unused-vars');
  });
});
