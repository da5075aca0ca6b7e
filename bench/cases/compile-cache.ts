// For reference, the proposed fix measured in the same run: the CLI and the host started with
// Node's compile cache (NODE_COMPILE_CACHE: type-stripped TypeScript and V8 code cached on disk),
// which is what `module.enableCompileCache()` at the top of electron/cli/main.ts and
// electron/host/main.ts would give every user. The cache is warmed by one uncounted run.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { figure, skipped, type Figure } from '../lib/figures.ts';
import { median, repeat } from '../lib/stats.ts';
import { expectOk } from '../lib/proc.ts';
import { missing, seedDb, synthDb, type BenchContext } from '../lib/context.ts';
import { startHostProcess } from '../lib/host-process.ts';
import { ours } from './pdf.ts';
import { importVsFloor, type SurveyFixture } from './survey.ts';

const GROUP = '参考: Node のコンパイルキャッシュを有効にした場合';

export async function compileCacheCase(ctx: BenchContext): Promise<Figure[]> {
  const base = { group: GROUP, unit: 'ms' as const };
  const ids = {
    help: { ...base, id: 'cc-cli-start', label: 'キャッシュあり: CLI の起動だけ(--help)' },
    pdf: { ...base, id: 'cc-pdf-43', label: 'キャッシュあり: PDF 作成(43件・公表版)', target: { op: '<=' as const, value: 1000 } },
    lo: { ...base, unit: '倍' as const, id: 'cc-lo-ratio-43', label: 'キャッシュあり: 速さ LibreOffice ÷ 本アプリ(43件)', target: { op: '>=' as const, value: 5 } },
    imp: { ...base, id: 'cc-import-40', label: 'キャッシュあり: 回答 40件の取り込み(43件)', target: { op: '<=' as const, value: 2000 } },
    ratio: { ...base, unit: '倍' as const, id: 'cc-import-ratio', label: 'キャッシュあり: 取り込み ÷ exceljs 読み込み(43件)', target: { op: '<=' as const, value: 1.5 } },
    host: { ...base, id: 'cc-host-start', label: 'キャッシュあり: ホスト起動(1,000件、プロセス開始→URL 表示)' },
  };
  if (ctx.cliBroken) return Object.values(ids).map((f) => skipped(f, ctx.cliBroken!));
  const cacheDir = join(ctx.work, 'node-compile-cache');
  const out: Figure[] = [];
  ctx.env = { NODE_COMPILE_CACHE: cacheDir };
  try {
    const help = await repeat(ctx.runs, async () => expectOk(await ctx.planDesk(['--help']), '--help'), 1);
    out.push(figure({ ...ids.help, runs: help.map((r) => r.wallMs) }));

    const whyPdf = missing(ctx, 'pdf');
    if (whyPdf) out.push(skipped(ids.pdf, whyPdf), skipped(ids.lo, whyPdf));
    else {
      const db = await seedDb(ctx);
      await ours(ctx, db, 'cc-warm'); // fills the cache with pdfmake's modules too
      const rs = await ours(ctx, db, 'cc-pdf');
      const ms = median(rs.map((r) => r.wallMs));
      out.push(figure({ ...ids.pdf, runs: rs.map((r) => r.wallMs) }));
      const lo = ctx.shared.get('lo-43-ms') as number | undefined;
      out.push(lo === undefined ? skipped(ids.lo, 'LibreOffice を計測していません(--only に pdf を含めてください)') : figure({ ...ids.lo, runs: [lo / ms], note: '同じ実行の LibreOffice の中央値との比' }));
    }

    const survey = ctx.shared.get('survey-43') as SurveyFixture | undefined;
    if (!survey) out.push(...[ids.imp, ids.ratio].map((f) => skipped(f, '照会を計測していません(--only に survey を含めてください)')));
    else {
      await importVsFloor({ ...ctx, runs: 1 }, survey.roundDb, survey.returns, 'cc-warm');
      const { imports, floors } = await importVsFloor(ctx, survey.roundDb, survey.returns, 'cc');
      const imp = median(imports.map((r) => r.wallMs));
      const flo = median(floors.map((r) => r.wallMs));
      out.push(
        figure({ ...ids.imp, runs: imports.map((r) => r.wallMs), note: `下限(exceljs だけ、キャッシュあり)${Math.round(flo)} ms` }),
        figure({ ...ids.ratio, runs: [imp / flo], note: '中央値どうしの比' }),
      );
    }

    const source = await synthDb(ctx, 1000);
    const hostRuns = await repeat(ctx.runs, async (i) => {
      const db = ctx.copy(source, `cc-host-${i}.db`);
      const host = await startHostProcess(db, 60_000, ctx.env);
      await host.stop();
      rmSync(db, { force: true });
      return host.readyAt - host.spawnedAt;
    }, 1);
    out.push(figure({ ...ids.host, runs: hostRuns }));
  } finally {
    ctx.env = {};
  }
  return out;
}
