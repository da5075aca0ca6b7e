// `npm run bench [-- --runs N] [--quick] [--only pdf,survey,browser,store]`: the main jobs at the
// published size and at 1,000 items, as whole processes, each figure the median of N runs (default 5).
// Prints the table and writes bench/results/latest.{json,md} (a --quick run writes quick.{json,md}).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { type Figure, textTable } from './lib/figures.ts';
import { machineLine, markdownReport, type BenchResult } from './lib/report.ts';
import { describeMachine, type Machine } from './lib/machine.ts';
import { CHROMIUM, makeContext, type BenchContext } from './lib/context.ts';
import { hasGnuTime } from './lib/proc.ts';
import { bundleStale } from '../bin/load-cli.mjs';
import { pdfCase } from './cases/pdf.ts';
import { surveyCase } from './cases/survey.ts';
import { browserCase } from './cases/browser.ts';
import { storeCase } from './cases/store.ts';

const CASES: Record<string, (ctx: BenchContext) => Promise<Figure[]>> = {
  pdf: pdfCase,
  survey: surveyCase,
  browser: browserCase,
  store: storeCase,
};

function usage(msg: string): never {
  console.error(`${msg}\n使い方: npm run bench -- [--runs N] [--quick] [--only ${Object.keys(CASES).join(',')}] [--keep]`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({ options: { runs: { type: 'string' }, quick: { type: 'boolean' }, only: { type: 'string' }, keep: { type: 'boolean' } } });
  } catch (e) {
    return usage(`指定が正しくありません: ${(e as Error).message}`);
  }
})();
const quick = values.quick ?? false;
const runs = values.runs === undefined ? (quick ? 1 : 5) : Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 100) usage(`--runs には 1〜100 の整数を指定してください(指定: ${values.runs})`);
const only = values.only ? values.only.split(',').map((s) => s.trim()) : Object.keys(CASES);
const unknown = only.filter((c) => !(c in CASES));
if (unknown.length > 0) usage(`--only に知らない項目があります: ${unknown.join(', ')}`);

const work = mkdtempSync(join(tmpdir(), 'plan-desk-bench-'));
const log = (line: string) => console.error(`[bench] ${line}`);
const machine: Machine = describeMachine(CHROMIUM);
log(`${machine.cpu} ×${machine.cores}, ${machine.memoryGiB} GiB, Node ${machine.node}, 負荷 ${machine.loadStart.join(' ')}, 各 ${runs} 回${quick ? '(--quick)' : ''}`);
// bin/plan-desk.mjs runs the bundle only when it is built and newer than its sources: say which ran.
const stale = bundleStale();
const cliSource = stale === null
  ? 'ビルド済みの 1 ファイルのバンドル dist/cli/plan-desk.cjs と V8 コードキャッシュ'
  : `ソースから(Node のコンパイルキャッシュ有効)。バンドルは使っていません: ${stale}。npm run build で作れます`;
log(`CLI: ${cliSource}`);
if (!hasGnuTime()) log('/usr/bin/time がないため、ピークメモリは Node の子プロセスだけ(process.resourceUsage().maxRSS)を計ります');

const figures: Figure[] = [];
const ctx = makeContext({ runs, quick, work, log });
try {
  for (const name of only) {
    log(`${name} …`);
    const t0 = performance.now();
    try {
      figures.push(...(await CASES[name]!(ctx)));
    } catch (e) {
      // One broken group must not hide the others' figures.
      figures.push({ id: `${name}-error`, group: name, label: `${name}(エラー)`, unit: 'ms', median: null, runs: [], target: null, pass: false, skipped: `計測中のエラー: ${(e as Error).message.slice(0, 300)}` });
      log(`${name} でエラー: ${(e as Error).stack ?? e}`);
    }
    log(`${name} 完了(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else log(`作業フォルダー: ${work}`);
}
machine.loadEnd = loadavg().map((x) => Math.round(x * 100) / 100);

const failed = figures.filter((f) => f.pass === false);
const result: BenchResult = {
  machine, runs, quick, figures, cliSource,
  memorySource: hasGnuTime() ? 'GNU time(/usr/bin/time)の最大常駐メモリ' : 'Node の process.resourceUsage().maxRSS(Node の子プロセスのみ)',
};
const results = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(results, { recursive: true });
const base = quick ? 'quick' : 'latest';
writeFileSync(join(results, `${base}.json`), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(results, `${base}.md`), markdownReport(result));

console.log(`\n${textTable(figures)}\n`);
console.log(`計測環境: ${machineLine(machine)}`);
console.log(`結果: bench/results/${base}.json, bench/results/${base}.md`);
console.log(failed.length === 0 ? '目標はすべて満たしています(省略した項目を除く)。' : `目標を満たさない項目: ${failed.map((f) => f.label).join('、')}`);
