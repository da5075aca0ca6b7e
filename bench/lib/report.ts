// The Markdown report (bench/results/latest.md, pasted into the README's 速度 section).
import { markdownTable, type Figure } from './figures.ts';
import type { Machine } from './machine.ts';

export interface BenchResult {
  machine: Machine;
  runs: number;
  quick: boolean;
  /** How peak memory was read. */
  memorySource: string;
  /** What bin/plan-desk.mjs ran: the built bundle, or the sources and why. */
  cliSource: string;
  figures: Figure[];
}

export function machineLine(m: Machine): string {
  return `${m.cpu}(${m.cores} コア)、メモリ ${m.memoryGiB} GiB、Node ${m.node}、${m.os}、${m.date.slice(0, 10)}、`
    + `負荷平均(1/5/15分) 開始 ${m.loadStart.join(' / ')}・終了 ${(m.loadEnd ?? []).join(' / ')}`;
}

export function markdownReport(r: BenchResult): string {
  const m = r.machine;
  return [
    '## 速度',
    '',
    `\`npm run bench\` の結果(各項目 ${r.runs} 回の中央値)。コマンドの項目はプロセスの起動から終了まで、`
      + 'アプリ内の項目は画面やホストへの要求から結果まで: どちらもユーザーが待つ時間そのものです。',
    '',
    markdownTable(r.figures),
    '',
    `- 計測環境: ${machineLine(m)}`,
    '- 負荷: その項目を測り終えた時点の 1 分間の負荷平均。2 コアの共有マシンで他の作業と重なった値で、静かなマシンではもっと速く出ます。',
    `- 比較相手: ${m.soffice ?? 'LibreOffice なし'}(\`soffice --headless --convert-to pdf\` で本アプリの Excel 書き出しを印刷、専用プロファイル、初回を除く)、${m.chromium ?? 'Chromium なし'}(起動済み)`,
    `- ピークメモリ: ${r.memorySource}`,
    '- 合成計画: `plan-desk synth --items N --seed 1`(公表版の文・行・バーのラベルと形を組み合わせたもの)。照会は 40 課に分けた合成計画で、回答の実績欄は公表版の実績の行で埋めています。',
    `- コマンドは利用者と同じ \`bin/plan-desk.mjs\` で起動しています(${r.cliSource})。`,
    '',
  ].join('\n');
}
