// What every bench case gets: the run count, a scratch folder, the CLI as a timed child process,
// which CLI commands exist yet, and the plan DBs the cases share (built once, never timed).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { expectOk, timeProcess, type ProcOptions, type ProcResult } from './proc.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'bin/plan-desk.mjs'); // the command users run (with its compile cache)
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BenchContext {
  runs: number;
  quick: boolean;
  work: string;
  log: (line: string) => void;
  /** Why the CLI cannot be used at all (it fails to start), or null. */
  cliBroken: string | null;
  has(command: string): boolean;
  /** Runs `plan-desk ARGS…` as its own process, timed. */
  planDesk(args: string[], opts?: ProcOptions): Promise<ProcResult>;
  /** A DB made once per run by `key`; `copy` gives a fresh copy for a case that changes it. */
  fixture(key: string, make: (path: string) => Promise<void>): Promise<string>;
  /** Results one case leaves for a later one (e.g. LibreOffice's median). */
  shared: Map<string, unknown>;
  /** Extra environment of every `plan-desk` and host child. */
  env: Record<string, string>;
  copy(path: string, name: string): string;
}

/** Command names from `plan-desk --help` ("init", "round create", …). */
export function listCommands(): { names: Set<string>; broken: string | null } {
  try {
    const out = execFileSync(process.execPath, [CLI, '--help'], { encoding: 'utf8', cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    const names = new Set<string>();
    for (const line of out.split('\n')) {
      const m = /^\s+plan-desk\s+(.*)$/.exec(line);
      if (!m) continue;
      const words: string[] = [];
      for (const w of m[1]!.split(/\s+/)) {
        if (!/^[a-z][a-z-]*$/.test(w)) break;
        words.push(w);
      }
      if (words.length > 0) names.add(words.join(' '));
    }
    return { names, broken: null };
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    const why = (err.stderr ?? err.message).split('\n').find((l) => /Error|エラー/.test(l)) ?? err.message;
    return { names: new Set(), broken: `CLI が起動しません(${why.trim().slice(0, 200)})` };
  }
}

export function makeContext(opts: { runs: number; quick: boolean; work: string; log: (l: string) => void }): BenchContext {
  const { names, broken } = listCommands();
  const made = new Map<string, string>();
  mkdirSync(opts.work, { recursive: true });
  const ctx: BenchContext = {
    ...opts,
    cliBroken: broken,
    shared: new Map(),
    env: {},
    has: (command) => names.has(command),
    planDesk: (args, o = {}) => timeProcess(process.execPath, [CLI, ...args], { cwd: ROOT, nodeScript: true, ...o, env: { ...ctx.env, ...o.env } }),
    async fixture(key, make) {
      const path = join(opts.work, `${key}.db`);
      if (!made.has(key)) {
        if (!existsSync(path)) await make(path);
        made.set(key, path);
      }
      return path;
    },
    copy(path, name) {
      const to = join(opts.work, name);
      copyFileSync(path, to);
      return to;
    },
  };
  return ctx;
}

/** The shared plans: the published seed (init) and synthetic ones (synth). */
export const seedDb = (ctx: BenchContext) =>
  ctx.fixture('seed', async (p) => void expectOk(await ctx.planDesk(['init', '--db', p]), 'init'));

export const synthDb = (ctx: BenchContext, items: number, departments?: number) =>
  ctx.fixture(`synth-${items}${departments ? `-d${departments}` : ''}`, async (p) => {
    const args = ['synth', '--db', p, '--items', String(items), '--seed', '1', ...(departments ? ['--departments', String(departments)] : [])];
    expectOk(await ctx.planDesk(args), 'synth');
  });

/** Why a case that needs `commands` cannot run yet, or null. */
export function missing(ctx: BenchContext, ...commands: string[]): string | null {
  if (ctx.cliBroken) return ctx.cliBroken;
  const absent = commands.filter((c) => !ctx.has(c));
  return absent.length > 0 ? `コマンド ${absent.map((c) => `「${c}」`).join('・')} がまだありません` : null;
}
