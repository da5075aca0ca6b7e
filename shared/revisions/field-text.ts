// Each compared field as the text a reader sees in the printed plan, so the 新旧対照表 shows
// wording (「方針1 暮らしのデジタル化」「システム構築(2024年度〜2025年度)」), not JSON.
import type { PlanDocument } from '../domain/document.ts';
import type { EraStyle, Initiative, ScheduleBar, SourcePlan } from '../domain/schema.ts';
import { formatDate, formatFiscalYear } from '../domain/fiscal-year.ts';

export interface FieldText {
  /** Stable key to pair the two sides: 'title', 'result.2024', 'section.0', 'policy.1'. */
  key: string;
  /** The row heading in the 新旧対照表. */
  label: string;
  text: string;
  /** Print order among the fields of one initiative or of the header. */
  order: number;
}

export function sourcePlanText(s: SourcePlan): string {
  if (!s.ref) return s.name;
  return /^[0-9]/.test(s.ref) ? `${s.name}${s.ref}` : `${s.name}(${s.ref})`;
}

/** One bar as it reads: 「運用(2025年度〜2026年度)」. */
export function barText(b: Pick<ScheduleBar, 'label' | 'from' | 'to'>, era: EraStyle): string {
  const fy = (y: number) => formatFiscalYear(y, era);
  return `${b.label}(${b.from === b.to ? fy(b.from) : `${fy(b.from)}〜${fy(b.to)}`})`;
}

export function scheduleText(it: Initiative, doc: PlanDocument): string {
  return [...it.schedule]
    .sort((a, b) => a.from - b.from || a.lane - b.lane)
    .map((b) => barText(b, doc.plan.eraStyle))
    .join('\n');
}

export function initiativeFieldTexts(it: Initiative, doc: PlanDocument): FieldText[] {
  const policy = doc.policies.find((p) => p.code === it.policy);
  const fields: FieldText[] = [
    { key: 'no', label: 'No.', text: String(it.no), order: 0 },
    { key: 'title', label: '取組内容', text: it.title, order: 1 },
    { key: 'priority', label: '区分', text: it.priority ? '重点取組事項' : '取組事項', order: 2 },
    { key: 'policy', label: '方針', text: `方針${it.policy} ${policy?.name ?? ''}`.trim(), order: 3 },
    { key: 'isNew', label: '新規', text: it.isNew ? '○' : '', order: 4 },
    { key: 'isExpanded', label: '拡大/拡充', text: it.isExpanded ? '○' : '', order: 5 },
    { key: 'departments', label: '実施課', text: it.departments.join('\n'), order: 6 },
    { key: 'sourcePlans', label: '備考(関連計画)', text: it.sourcePlans.map(sourcePlanText).join('\n'), order: 7 },
    { key: 'purpose', label: '目的', text: it.purpose, order: 8 },
    { key: 'activity', label: '活動内容', text: it.activity, order: 9 },
    { key: 'schedule', label: '計画', text: scheduleText(it, doc), order: 10 },
  ];
  for (const r of it.results) {
    fields.push({ key: `result.${r.fiscalYear}`, label: `実績(${formatFiscalYear(r.fiscalYear, doc.plan.eraStyle)})`, text: r.text, order: 100 + r.fiscalYear / 10000 });
  }
  return fields;
}

/** The plan-level fields a reader would notice: title, period, the front-matter sections, ※ notes, 方針 names. */
export function headerFieldTexts(doc: PlanDocument): FieldText[] {
  const p = doc.plan;
  const fy = (y: number) => formatFiscalYear(y, p.eraStyle);
  const fields: FieldText[] = [
    { key: 'title', label: '計画の名称', text: p.title, order: 0 },
    { key: 'period', label: '計画期間', text: `${fy(p.firstFiscalYear)}〜${fy(p.lastFiscalYear)}`, order: 1 },
    { key: 'organization', label: '作成', text: [p.organization, p.division].filter(Boolean).join('\n'), order: 2 },
  ];
  // The front page's dates and 改定履歴: a new 改定版 adds a row and moves 最近改定.
  fields.push({ key: 'establishedOn', label: '策定日', text: formatDate(p.establishedOn, p.eraStyle), order: 3 });
  fields.push({ key: 'revisedOn', label: '最近改定', text: p.revisedOn ? formatDate(p.revisedOn, p.eraStyle) : '', order: 4 });
  fields.push({
    key: 'history', label: '改定履歴', order: 5,
    text: p.revisionHistory.map((r) => `${r.kind} ${formatDate(r.date, p.eraStyle)}\n${r.summary.join('\n')}`).join('\n'),
  });
  p.sections.forEach((s, i) => {
    fields.push({ key: `section.${i}`, label: `本文 ${i + 1}`, text: `${s.heading}\n${s.body}`, order: 10 + i / 1000 });
  });
  if (p.notes.length > 0) fields.push({ key: 'notes', label: '注記(※)', text: p.notes.map((n) => `※${n}`).join('\n'), order: 20 });
  for (const pol of doc.policies) {
    fields.push({ key: `policy.${pol.code}`, label: `方針${pol.code}`, text: pol.name, order: 30 + pol.code / 1000 });
  }
  return fields;
}
