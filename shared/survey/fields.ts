// Reading, comparing, showing and writing one survey field of an initiative.
import type { Initiative, ScheduleBar } from '../domain/schema.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { normalizeCellText } from './normalize.ts';
import type { FieldValue, FieldValues, SurveyField } from './types.ts';

/** Bars in the order the form lists them: lane, then start, end, label. */
export function sortBars(bars: readonly ScheduleBar[]): ScheduleBar[] {
  return [...bars].sort((a, b) => a.lane - b.lane || a.from - b.from || a.to - b.to || a.label.localeCompare(b.label));
}

/** The value of `field` in an initiative; `result` is the text of `fiscalYear` ('' when none). */
export function fieldOf<F extends SurveyField>(it: Initiative, field: F, fiscalYear: number): FieldValues[F] {
  const get = (): FieldValue => {
    switch (field) {
      case 'result': return it.results.find((r) => r.fiscalYear === fiscalYear)?.text ?? '';
      case 'schedule': return it.schedule;
      case 'purpose': return it.purpose;
      default: return it.activity;
    }
  };
  return get() as FieldValues[F];
}

/** The initiative with `field` set to `value` (an empty 実績 removes that year's entry). */
export function withField(it: Initiative, field: SurveyField, value: FieldValue, fiscalYear: number): Initiative {
  switch (field) {
    case 'result': {
      const text = value as string;
      const others = it.results.filter((r) => r.fiscalYear !== fiscalYear);
      const results = text === '' ? others : [...others, { fiscalYear, text }].sort((a, b) => a.fiscalYear - b.fiscalYear);
      return { ...it, results };
    }
    case 'schedule':
      return { ...it, schedule: sortBars(value as ScheduleBar[]) };
    case 'purpose':
      return { ...it, purpose: value as string };
    case 'activity':
      return { ...it, activity: value as string };
  }
}

/** One canonical string per value: texts normalized as cells are read, bars in form order. */
export function canonicalValue(field: SurveyField, value: FieldValue): string {
  if (field !== 'schedule') return normalizeCellText(value as string);
  const bars = sortBars((value as ScheduleBar[]).map((b) => ({ ...b, label: normalizeCellText(b.label) })));
  return JSON.stringify(bars.map((b) => [b.lane, b.from, b.to, b.label]));
}

export function sameFieldValue(field: SurveyField, a: FieldValue, b: FieldValue): boolean {
  return canonicalValue(field, a) === canonicalValue(field, b);
}

/** One line per bar, as people read it: 段1 システム構築(2024年度〜2025年度). */
export function barLine(b: ScheduleBar): string {
  const years = b.from === b.to ? formatFiscalYear(b.from) : `${formatFiscalYear(b.from)}〜${formatFiscalYear(b.to)}`;
  return `段${b.lane + 1} ${b.label}(${years})`;
}

/** A value as text, for the diff view and the CLI. */
export function fieldText(field: SurveyField, value: FieldValue | null): string {
  if (value === null) return '(取組が削除されています)';
  if (field === 'schedule') return sortBars(value as ScheduleBar[]).map(barLine).join('\n');
  return value as string;
}

// The inverse of barLine: 「段1 システム構築(2024年度〜2025年度)」 or 「段2 運用(2026年度)」; 〜 or ~,
// full-width digits as typed. The label is everything before the last (…年度…).
const BAR_LINE = /^段\s*([0-9０-９]+)\s+(.+?)\s*[((]\s*([0-9０-９]{4})年度\s*(?:[〜~～]\s*([0-9０-９]{4})年度\s*)?[))]$/u;
const toInt = (s: string) => Number(s.normalize('NFKC'));

/** Bars from the lines of barLine (blank lines skipped), or the Japanese problems, one per line that cannot be read. */
export function parseBarLines(text: string): { bars: ScheduleBar[] } | { problems: string[] } {
  const bars: ScheduleBar[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/u).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const m = BAR_LINE.exec(line);
    if (!m) {
      problems.push(`${i + 1}行目「${line}」は「段1 項目名(2024年度〜2025年度)」の形で書いてください。`);
      return;
    }
    const lane = toInt(m[1]!) - 1;
    const from = toInt(m[3]!);
    const to = m[4] === undefined ? from : toInt(m[4]);
    if (lane < 0 || lane > 49) problems.push(`${i + 1}行目: 段は 1〜50 で書いてください(「段${m[1]}」)。`);
    else if (to < from) problems.push(`${i + 1}行目: 終了年度(${to}年度)が開始年度(${from}年度)より前です。`);
    else bars.push({ lane, label: m[2]!, from, to });
  });
  return problems.length > 0 ? { problems } : { bars: sortBars(bars) };
}
