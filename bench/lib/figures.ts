// A measured figure, its target and verdict; the table printed to the terminal and written as Markdown.
import { loadavg } from 'node:os';
import { median } from './stats.ts';

export type Unit = 'ms' | 's' | 'MiB' | 'ページ' | '倍' | '件';

export interface Target {
  op: '<=' | '>=';
  value: number;
}

export interface Figure {
  id: string;
  group: string;
  label: string;
  unit: Unit;
  /** Median of `runs`; null when the figure was skipped. */
  median: number | null;
  runs: number[];
  target: Target | null;
  /** null: no target, or skipped. */
  pass: boolean | null;
  note?: string;
  skipped?: string;
  /** The machine's 1-minute load average when the figure was taken (others' work disturbs it). */
  load1?: number;
}

export function figure(f: { id: string; group: string; label: string; unit: Unit; runs: number[]; target?: Target; note?: string }): Figure {
  const m = median(f.runs);
  const target = f.target ?? null;
  const pass = target === null ? null : target.op === '<=' ? m <= target.value : m >= target.value;
  return {
    id: f.id, group: f.group, label: f.label, unit: f.unit, median: m, runs: f.runs, target, pass,
    ...(f.note ? { note: f.note } : {}), load1: Math.round(loadavg()[0]! * 100) / 100,
  };
}

export function skipped(f: { id: string; group: string; label: string; unit: Unit; target?: Target }, reason: string): Figure {
  return { id: f.id, group: f.group, label: f.label, unit: f.unit, median: null, runs: [], target: f.target ?? null, pass: null, skipped: reason };
}

export function formatValue(v: number, unit: Unit): string {
  if (unit === 'ms') return v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`;
  if (unit === 's') return `${v.toFixed(2)} s`;
  if (unit === 'MiB') return `${Math.round(v)} MiB`;
  if (unit === '倍') return `${v.toFixed(2)}×`;
  return `${Math.round(v)} ${unit}`;
}

const targetText = (f: Figure) => (f.target ? `${f.target.op === '<=' ? '≤' : '≥'} ${formatValue(f.target.value, f.unit)}` : '—');
const verdict = (f: Figure) => (f.skipped ? '省略' : f.pass === null ? '—' : f.pass ? '合格' : '不合格');

function rows(figures: Figure[]): string[][] {
  return figures.map((f) => [
    f.label,
    f.median === null ? '—' : formatValue(f.median, f.unit),
    targetText(f),
    verdict(f),
    f.load1 === undefined ? '—' : f.load1.toFixed(1),
    f.skipped ?? f.note ?? '',
  ]);
}

const HEAD = ['項目', '中央値', '目標', '判定', '負荷', '備考'];

/** Fixed-width text for the terminal (East Asian characters count double). */
export function textTable(figures: Figure[]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffdc]/.test(ch) && !/[\uff61-\uff9f]/.test(ch) ? 2 : 1), 0);
  const all = [HEAD, ...rows(figures)];
  const cols = HEAD.length - 1; // the note column is not padded
  const w = Array.from({ length: cols }, (_v, c) => Math.max(...all.map((r) => width(r[c]!))));
  return all.map((r) => r.map((cell, c) => (c < cols ? cell + ' '.repeat(w[c]! - width(cell)) : cell)).join('  ').trimEnd()).join('\n');
}

export function markdownTable(figures: Figure[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${HEAD.join(' | ')} |`,
    `| ${HEAD.map(() => '---').join(' | ')} |`,
    ...rows(figures).map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
