// Rules about one initiative: required fields, 計画 bars, 実績, 課, and text likely to overflow the PDF.
import type { Initiative } from '../domain/schema.ts';
import { liveMarks, markFieldLabel } from '../domain/review-marks.ts';
import { fieldLabel } from '../editing/field-labels.ts';
import { hasResultFor, resultExpected } from '../editing/filters.ts';
import { barLabelGeometry, cellGeometry, estimateLines, type CellGeometry } from './pdf-cells.ts';
import type { Finding, RuleId, Severity } from './types.ts';

export interface InitiativeRuleContext {
  first: number;
  last: number;
  asOfFiscalYear: number;
  policies: ReadonlySet<number>;
  departments: ReadonlySet<string>;
}

type Emit = (severity: Severity, rule: RuleId, field: string, message: string) => void;

function emitterFor(it: Initiative, out: Finding[]): Emit {
  return (severity, rule, field, message) => out.push({
    severity, rule, initiativeId: it.id, no: it.no, title: it.title, field,
    fieldLabel: fieldLabel('initiative', field.replace(/[[.].*$/, '')), message,
  });
}

export function checkInitiative(it: Initiative, ctx: InitiativeRuleContext, out: Finding[]): void {
  const emit = emitterFor(it, out);
  required(it, emit);
  if (!ctx.policies.has(it.policy)) emit('error', 'unknown-policy', 'policy', `方針 ${it.policy} は方針の一覧にありません`);
  departments(it, ctx, emit);
  bars(it, ctx, emit);
  results(it, ctx, emit);
  overflow(it, ctx, emit);
  needsReview(it, out);
}

/** Each 要確認 mark that still holds: a warning on its field, so a working copy is not printed as if checked. */
function needsReview(it: Initiative, out: Finding[]): void {
  for (const m of liveMarks(it)) {
    out.push({
      severity: 'warning', rule: 'needs-review', initiativeId: it.id, no: it.no, title: it.title, field: m.field,
      fieldLabel: markFieldLabel(it, m.field), message: `要確認: ${m.reason}`,
    });
  }
}

function required(it: Initiative, emit: Emit): void {
  const empty = (s: string) => s.trim() === '';
  if (empty(it.title)) emit('error', 'required', 'title', '取組内容が空欄です');
  if (empty(it.purpose)) emit('error', 'required', 'purpose', '目的が空欄です');
  if (empty(it.activity)) emit('error', 'required', 'activity', '活動内容が空欄です');
  if (it.departments.length === 0) emit('error', 'required', 'departments', '実施課が指定されていません');
  if (it.schedule.length === 0) emit('warning', 'required', 'schedule', '計画(矢印)が1本もありません');
  it.schedule.forEach((b, j) => {
    if (empty(b.label)) emit('warning', 'required', `schedule[${j}].label`, `計画の${j + 1}本目に項目名がありません`);
  });
}

function departments(it: Initiative, ctx: InitiativeRuleContext, emit: Emit): void {
  const seen = new Set<string>();
  it.departments.forEach((d, j) => {
    if (!ctx.departments.has(d)) emit('error', 'unknown-department', `departments[${j}]`, `実施課「${d}」は課の一覧にありません(組織改正で名称が変わっていないか確認してください)`);
    if (seen.has(d)) emit('error', 'duplicate-department', `departments[${j}]`, `実施課「${d}」が重複しています`);
    seen.add(d);
  });
}

function bars(it: Initiative, ctx: InitiativeRuleContext, emit: Emit): void {
  it.schedule.forEach((b, j) => {
    const at = `schedule[${j}]`;
    if (b.from > b.to) emit('error', 'bar-order', at, `計画「${b.label}」の開始年度(${b.from})が終了年度(${b.to})より後です`);
    if (b.from < ctx.first || b.to > ctx.last || b.from > ctx.last || b.to < ctx.first) {
      emit('error', 'bar-period', at, `計画「${b.label}」(${b.from}〜${b.to}年度)が計画期間(${ctx.first}〜${ctx.last}年度)の外です`);
    }
    for (let k = 0; k < j; k++) {
      const a = it.schedule[k]!;
      if (a.lane === b.lane && a.from <= b.to && b.from <= a.to) {
        emit('error', 'bar-overlap', at, `計画「${b.label}」が同じ段の「${a.label}」と年度で重なっています(段を分けてください)`);
        break;
      }
    }
  });
}

function results(it: Initiative, ctx: InitiativeRuleContext, emit: Emit): void {
  const years = new Set<number>();
  it.results.forEach((r, j) => {
    const at = `results[${j}]`;
    if (r.fiscalYear < ctx.first || r.fiscalYear > ctx.last) emit('error', 'result-period', at, `${r.fiscalYear}年度の実績は計画期間(${ctx.first}〜${ctx.last}年度)の外です`);
    if (years.has(r.fiscalYear)) emit('error', 'result-duplicate', at, `${r.fiscalYear}年度の実績が重複しています`);
    years.add(r.fiscalYear);
  });
  // A year is owed when it has ended (before the as-of year) and the initiative had work planned in it.
  for (let y = ctx.first; y <= Math.min(ctx.last, ctx.asOfFiscalYear - 1); y++) {
    if (resultExpected(it, y) && !hasResultFor(it, y)) emit('warning', 'result-missing', `results.${y}`, `${y}年度の実績が未記入です`);
  }
}

function overflow(it: Initiative, ctx: InitiativeRuleContext, emit: Emit): void {
  const years = ctx.last - ctx.first + 1;
  const over = (field: string, what: string, text: string, g: CellGeometry) => {
    const lines = estimateLines(text, g.charsPerLine);
    if (lines > g.maxLines) {
      emit('warning', 'overflow', field, `${what}が PDF の枠に収まらない見込みです(約${lines}行、枠は${g.maxLines}行・1行${g.charsPerLine}字ほど)`);
    }
  };
  over('title', '取組内容', it.title, cellGeometry('title', years));
  over('purpose', '目的', it.purpose, cellGeometry('purpose', years));
  over('activity', '活動内容', it.activity, cellGeometry('activity', years));
  over('departments', '実施課', it.departments.join('\n'), cellGeometry('departments', years));
  it.results.forEach((r, j) => over(`results[${j}].text`, `${r.fiscalYear}年度の実績`, r.text, cellGeometry('result', years)));
  it.schedule.forEach((b, j) => {
    if (b.from <= b.to) over(`schedule[${j}].label`, `計画「${b.label.slice(0, 20)}」の項目名`, b.label, barLabelGeometry(b.to - b.from + 1, years));
  });
}
