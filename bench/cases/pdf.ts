// PDF printing: ours (`plan-desk pdf`) for the published plan and for 1,000 items, against what
// coordinators do today: LibreOffice printing the plan's own Excel export to PDF, timed in the same run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { figure, skipped, type Figure } from '../lib/figures.ts';
import { median, repeat } from '../lib/stats.ts';
import { expectOk, timeProcess } from '../lib/proc.ts';
import { missing, seedDb, synthDb, type BenchContext } from '../lib/context.ts';
import { appPdf } from './pdf-app.ts';

const GROUP = 'PDF';

export function pdfPages(path: string): number | null {
  try {
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = /^Pages:\s+(\d+)/m.exec(info);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function sofficePath(): string | null {
  for (const p of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) if (existsSync(p)) return p;
  return null;
}

interface PdfRun { wallMs: number; peakMiB: number | null; pages: number | null }

export async function ours(ctx: BenchContext, db: string, tag: string): Promise<PdfRun[]> {
  return repeat(ctx.runs, async (i) => {
    const out = join(ctx.work, `${tag}-${i}.pdf`);
    rmSync(out, { force: true });
    const r = expectOk(await ctx.planDesk(['pdf', '--db', db, '--out', out], { timeoutMs: 300_000 }), 'pdf');
    const pages = pdfPages(out);
    rmSync(out, { force: true });
    return { wallMs: r.wallMs, peakMiB: r.peakMiB, pages };
  });
}

async function libreOffice(ctx: BenchContext, soffice: string, xlsx: string, tag: string, runs: number): Promise<PdfRun[]> {
  // A private profile per bench run: the first conversion builds it (the warm-up, not counted).
  const profile = `/tmp/lo-bench-${process.pid}`;
  const outDir = join(ctx.work, `lo-${tag}`);
  mkdirSync(outDir, { recursive: true });
  return repeat(runs, async () => {
    for (const f of readdirSync(outDir)) rmSync(join(outDir, f), { force: true });
    const r = expectOk(await timeProcess(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, xlsx], { timeoutMs: 600_000 }), 'soffice --convert-to pdf');
    const pdf = readdirSync(outDir).find((f) => f.endsWith('.pdf'));
    if (!pdf) throw new Error(`LibreOffice が PDF を書きませんでした: ${r.stderr.trim()} ${r.stdout.trim()}`);
    return { wallMs: r.wallMs, peakMiB: r.peakMiB, pages: pdfPages(join(outDir, pdf)) };
  }, 1);
}

const peaks = (rs: PdfRun[]) => rs.map((r) => r.peakMiB).filter((p): p is number => p !== null);
const pagesOf = (rs: PdfRun[]) => rs.find((r) => r.pages !== null)?.pages ?? null;

export async function pdfCase(ctx: BenchContext): Promise<Figure[]> {
  const out: Figure[] = [];
  const whyPdf = missing(ctx, 'pdf');
  const sizes: { n: number; label: string; wall: number; mem?: number }[] = [
    { n: 43, label: '43件・公表版', wall: 1000 },
    { n: 1000, label: '1,000件・合成', wall: 15_000, mem: 1024 },
  ];
  const oursBy = new Map<number, PdfRun[]>();
  for (const s of sizes) {
    const base = { group: GROUP, unit: 'ms' as const };
    if (whyPdf) {
      out.push(skipped({ ...base, id: `pdf-${s.n}`, label: `PDF 作成(${s.label})`, target: { op: '<=', value: s.wall } }, whyPdf));
      continue;
    }
    ctx.log(`PDF ${s.label} …`);
    const db = s.n === 43 ? await seedDb(ctx) : await synthDb(ctx, s.n);
    const rs = await ours(ctx, db, `pdf-${s.n}`);
    oursBy.set(s.n, rs);
    const pages = pagesOf(rs);
    out.push(figure({ ...base, id: `pdf-${s.n}`, label: `PDF 作成(${s.label})`, runs: rs.map((r) => r.wallMs), target: { op: '<=', value: s.wall }, note: pages === null ? undefined : `${pages} ページ` }));
    const ps = peaks(rs);
    if (ps.length > 0) out.push(figure({ group: GROUP, unit: 'MiB', id: `pdf-${s.n}-mem`, label: `PDF 作成のピークメモリ(${s.label})`, runs: ps, ...(s.mem ? { target: { op: '<=' as const, value: s.mem } } : {}) }));
  }

  // The same PDF inside the running app, as the PDF screen gets it (pdf-app.ts): the first after the
  // app starts (the worker starts with it) and the later ones (the worker already loaded).
  const appBy = new Map<number, { warm: number[]; cold: number[] }>();
  for (const s of sizes) {
    const why = ctx.cliBroken ?? (whyPdf ? whyPdf : null);
    if (!why) ctx.log(`PDF アプリ内 ${s.label} …`);
    const src = why ? '' : s.n === 43 ? await seedDb(ctx) : await synthDb(ctx, s.n);
    const copies: string[] = [];
    try {
      const r = await appPdf(ctx, () => {
        copies.push(ctx.copy(src, `pdf-app-${s.n}-${copies.length}.db`));
        return copies.at(-1)!;
      }, s.n, s.label, s.wall, why);
      out.push(...r.figures);
      if (r.warm && r.cold) appBy.set(s.n, { warm: r.warm, cold: r.cold });
    } finally {
      for (const c of copies) rmSync(c, { force: true });
    }
  }

  // LibreOffice today: the same plan's Excel export printed by soffice.
  const soffice = sofficePath();
  const whyLo = soffice === null ? 'LibreOffice(soffice)がありません' : missing(ctx, 'export-xlsx');
  const loSizes = ctx.quick ? sizes.slice(0, 1) : sizes;
  for (const s of loSizes) {
    const base = { group: GROUP, unit: 'ms' as const, id: `lo-${s.n}`, label: `LibreOffice で Excel を PDF に(${s.label})` };
    const ratioBase = { group: GROUP, unit: '倍' as const, id: `lo-ratio-${s.n}`, label: `速さ: LibreOffice ÷ 本アプリ(${s.label})`, ...(s.n === 43 ? { target: { op: '>=' as const, value: 5 } } : {}) };
    if (whyLo || soffice === null) {
      out.push(skipped(base, whyLo ?? ''), skipped(ratioBase, whyLo ?? ''));
      continue;
    }
    ctx.log(`LibreOffice ${s.label} …`);
    const db = s.n === 43 ? await seedDb(ctx) : await synthDb(ctx, s.n);
    const xlsx = join(ctx.work, `plan-${s.n}.xlsx`);
    rmSync(xlsx, { force: true });
    const exp = await repeat(ctx.runs, async () => expectOk(await ctx.planDesk(['export-xlsx', '--db', db, '--out', xlsx]), 'export-xlsx'));
    out.push(figure({ group: GROUP, unit: 'ms', id: `export-xlsx-${s.n}`, label: `Excel 書き出し export-xlsx(${s.label})`, runs: exp.map((r) => r.wallMs) }));
    const lo = await libreOffice(ctx, soffice, xlsx, String(s.n), ctx.runs);
    const pages = pagesOf(lo);
    const ps = peaks(lo);
    out.push(figure({ ...base, runs: lo.map((r) => r.wallMs), note: [pages === null ? '' : `${pages} ページ`, ps.length ? `ピークメモリ ${Math.round(median(ps))} MiB` : '', '初回(プロファイル作成)は除外'].filter(Boolean).join('、') }));
    const loMs = median(lo.map((r) => r.wallMs));
    ctx.shared.set(`lo-${s.n}-ms`, loMs);
    const mine = oursBy.get(s.n);
    if (mine) out.push(figure({ ...ratioBase, runs: [loMs / median(mine.map((r) => r.wallMs))], note: '中央値どうしの比(本アプリは CLI のプロセス全体)' }));
    else out.push(skipped(ratioBase, whyPdf ?? '本アプリの PDF を計測していません'));
    const app = appBy.get(s.n);
    if (app) {
      out.push(figure({
        ...ratioBase, id: `lo-ratio-app-${s.n}`, label: `速さ: LibreOffice ÷ アプリ内 PDF(${s.label})`, runs: [loMs / median(app.warm)],
        note: `中央値どうしの比(アプリ内の PDF ボタン、2 回目以降)。アプリ起動後 1 回目の PDF では ${(loMs / median(app.cold)).toFixed(2)}×`,
      }));
    }
  }
  return out;
}
