// init / dump / load of the whole plan, at the published size (43) and at 1,000 items,
// each a whole `plan-desk` process as a user would run it. Also the synth command itself.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { figure, skipped, type Figure } from '../lib/figures.ts';
import { median, repeat } from '../lib/stats.ts';
import { expectOk } from '../lib/proc.ts';
import { missing, seedDb, synthDb, type BenchContext } from '../lib/context.ts';

const GROUP = 'データ(init / dump / load)';

const peakNote = (peaks: (number | null)[]) => {
  const ps = peaks.filter((p): p is number => p !== null);
  return ps.length > 0 ? `ピークメモリ ${Math.round(median(ps))} MiB` : undefined;
};

export async function storeCase(ctx: BenchContext): Promise<Figure[]> {
  const why = missing(ctx, 'init', 'dump', 'load', 'synth');
  const sizes = [43, 1000];
  if (why) return sizes.flatMap((n) => ['init', 'dump', 'load'].map((op) => skipped({ id: `${op}-${n}`, group: GROUP, label: `${op}(${n}件)`, unit: 'ms' }, why)));
  const out: Figure[] = [];

  // The floor of every CLI figure: starting Node and loading the CLI's modules, doing nothing.
  const help = await repeat(ctx.runs, async () => expectOk(await ctx.planDesk(['--help']), '--help'));
  out.push(figure({ id: 'cli-start', group: GROUP, label: 'CLI の起動だけ(--help、下限)', unit: 'ms', runs: help.map((r) => r.wallMs), note: peakNote(help.map((r) => r.peakMiB)) }));

  const synthRuns = await repeat(ctx.runs, async (i) => {
    const p = join(ctx.work, `synth-timing-${i}.db`);
    rmSync(p, { force: true });
    const r = expectOk(await ctx.planDesk(['synth', '--db', p, '--items', '1000', '--seed', '1']), 'synth');
    rmSync(p, { force: true });
    return r;
  });
  out.push(figure({ id: 'synth-1000', group: GROUP, label: 'synth(1,000件の合成計画を作成)', unit: 'ms', runs: synthRuns.map((r) => r.wallMs), note: peakNote(synthRuns.map((r) => r.peakMiB)) }));

  for (const n of sizes) {
    const db = n === 43 ? await seedDb(ctx) : await synthDb(ctx, n);
    const json = join(ctx.work, `plan-${n}.json`);
    expectOk(await ctx.planDesk(['dump', '--db', db], { stdoutFile: json }), 'dump');
    const label = n === 43 ? '43件・公表版' : `${n.toLocaleString()}件・合成`;

    const init = await repeat(ctx.runs, async (i) => {
      const p = join(ctx.work, `init-${n}-${i}.db`);
      rmSync(p, { force: true });
      const r = expectOk(await ctx.planDesk(['init', '--db', p], { env: { PLAN_DESK_SEED: json } }), 'init');
      rmSync(p, { force: true });
      return r;
    });
    out.push(figure({ id: `init-${n}`, group: GROUP, label: `init(${label})`, unit: 'ms', runs: init.map((r) => r.wallMs), note: peakNote(init.map((r) => r.peakMiB)) }));

    const dump = await repeat(ctx.runs, async () => expectOk(await ctx.planDesk(['dump', '--db', db], { stdoutFile: join(ctx.work, 'dump-out.json') }), 'dump'));
    out.push(figure({ id: `dump-${n}`, group: GROUP, label: `dump(${label})`, unit: 'ms', runs: dump.map((r) => r.wallMs), note: peakNote(dump.map((r) => r.peakMiB)) }));

    const load = await repeat(ctx.runs, async (i) => {
      const target = ctx.copy(db, `load-${n}-${i}.db`);
      const r = expectOk(await ctx.planDesk(['load', '--db', target, '--json', json]), 'load');
      rmSync(target, { force: true });
      return r;
    });
    out.push(figure({ id: `load-${n}`, group: GROUP, label: `load(${label})`, unit: 'ms', runs: load.map((r) => r.wallMs), note: peakNote(load.map((r) => r.peakMiB)) }));
  }
  return out;
}
