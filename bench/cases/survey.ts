// Survey round: creating the forms of 40 課, and importing + merging their 40 filled returns,
// against the floor of merely loading the same 40 files with exceljs in a process of its own.
// At the published size (43 items) and, unless --quick, at 1,000 items over the same 40 課.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { figure, skipped, type Figure } from '../lib/figures.ts';
import { median } from '../lib/stats.ts';
import { expectOk, timeProcess, type ProcResult } from '../lib/proc.ts';
import { fillReturn } from '../lib/fill-returns.ts';
import { missing, ROOT, synthDb, type BenchContext } from '../lib/context.ts';

const GROUP = '照会(40課)';
const ROUND = '2025年度実績照会';
const FISCAL_YEAR = '2025';
const FLOOR = join(ROOT, 'bench/lib/exceljs-floor.ts');

const peakNote = (peaks: (number | null)[]) => {
  const ps = peaks.filter((p): p is number => p !== null);
  return ps.length > 0 ? `ピークメモリ ${Math.round(median(ps))} MiB` : '';
};

function ids(items: number) {
  const size = items === 43 ? '43件' : `${items.toLocaleString()}件`;
  return {
    create: { id: `round-create-${items}`, group: GROUP, label: `照会票 40課分の作成 round create(${size})`, unit: 'ms' as const },
    import: { id: `import-40-${items}`, group: GROUP, label: `回答 40件の取り込みと統合 import(${size})`, unit: 'ms' as const, ...(items === 43 ? { target: { op: '<=' as const, value: 2000 } } : {}) },
    floor: { id: `exceljs-floor-${items}`, group: GROUP, label: `同じ 40 ファイルを exceljs で読むだけ(下限、${size})`, unit: 'ms' as const },
    ratio: { id: `import-ratio-${items}`, group: GROUP, label: `取り込み ÷ exceljs 読み込み(${size})`, unit: '倍' as const, ...(items === 43 ? { target: { op: '<=' as const, value: 1.5 } } : {}) },
  };
}

export async function surveyCase(ctx: BenchContext): Promise<Figure[]> {
  const sizes = ctx.quick ? [43] : [43, 1000];
  const why = missing(ctx, 'synth', 'round create', 'import');
  if (why) return sizes.flatMap((n) => Object.values(ids(n)).map((f) => skipped(f, why)));
  const out: Figure[] = [];
  for (const items of sizes) out.push(...(await surveyAt(ctx, items)));
  return out;
}

export interface SurveyFixture { roundDb: string; returns: string[] }

/** Import and floor alternate, so that a change in the machine's load hits both alike. */
export async function importVsFloor(ctx: BenchContext, roundDb: string, returns: string[], tag: string): Promise<{ imports: ProcResult[]; floors: ProcResult[] }> {
  const imports: ProcResult[] = [];
  const floors: ProcResult[] = [];
  for (let i = 0; i < ctx.runs; i++) {
    const db = ctx.copy(roundDb, `import-${tag}-${i}.db`);
    const r = expectOk(await ctx.planDesk(['import', '--db', db, '--round', ROUND, '--apply', 'none', ...returns]), 'import');
    if (!/取込 40 /.test(r.stdout + r.stderr)) throw new Error(`40 件すべては取り込まれませんでした: ${(r.stdout + r.stderr).split('\n').slice(-3).join(' ')}`);
    imports.push(r);
    rmSync(db, { force: true });
    floors.push(expectOk(await timeProcess(process.execPath, [FLOOR, ...returns], { cwd: ROOT, nodeScript: true, env: ctx.env }), 'exceljs の読み込み'));
  }
  return { imports, floors };
}

async function surveyAt(ctx: BenchContext, items: number): Promise<Figure[]> {
  const f = ids(items);
  ctx.log(`照会 ${items}件・40課 …`);
  const plan = await synthDb(ctx, items, 40);

  // round create, each run on a fresh copy; the last run's DB and forms are used below.
  const creates = [];
  let roundDb = '';
  let formsDir = '';
  for (let i = 0; i < ctx.runs; i++) {
    roundDb = ctx.copy(plan, `round-${items}-${i}.db`);
    formsDir = join(ctx.work, `forms-${items}-${i}`);
    rmSync(formsDir, { recursive: true, force: true });
    creates.push(expectOk(await ctx.planDesk(['round', 'create', '--db', roundDb, '--name', ROUND, '--fiscal-year', FISCAL_YEAR, '--out', formsDir]), 'round create'));
  }
  const forms = readdirSync(formsDir).filter((n) => n.endsWith('.xlsx')).sort();
  if (forms.length !== 40) throw new Error(`照会票が 40 ではなく ${forms.length} ファイルでした`);
  const out: Figure[] = [figure({ ...f.create, runs: creates.map((r) => r.wallMs), note: peakNote(creates.map((r) => r.peakMiB)) })];

  // The 課 fill in their 実績 (and some comments) in Excel: done here with exceljs, not timed.
  const returnsDir = join(ctx.work, `returns-${items}`);
  mkdirSync(returnsDir, { recursive: true });
  let filled = 0;
  for (const [k, name] of forms.entries()) filled += await fillReturn(join(formsDir, name), join(returnsDir, name), k + 1);
  const returns = forms.map((n) => join(returnsDir, n));

  ctx.shared.set(`survey-${items}`, { roundDb, returns } satisfies SurveyFixture);
  const { imports, floors } = await importVsFloor(ctx, roundDb, returns, String(items));
  const imp = median(imports.map((r) => r.wallMs));
  const flo = median(floors.map((r) => r.wallMs));
  out.push(
    figure({ ...f.import, runs: imports.map((r) => r.wallMs), note: [`記入したセル ${filled}`, peakNote(imports.map((r) => r.peakMiB))].filter(Boolean).join('、') }),
    figure({ ...f.floor, runs: floors.map((r) => r.wallMs), note: peakNote(floors.map((r) => r.peakMiB)) }),
    figure({ ...f.ratio, runs: [imp / flo], note: '中央値どうしの比' }),
  );
  return out;
}
