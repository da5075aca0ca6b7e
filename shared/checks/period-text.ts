// 点検 of the words that state the plan period: a 「2024年度から2026年度まで」 in the title or the
// front-matter sections that disagrees with the plan's fiscal years (left from the last period).
import type { PlanDocument } from '../domain/document.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import type { Finding } from './types.ts';

const SEP = String.raw`\s*(?:から|[-‐−–—~〜～ー－])\s*`;
const FULL = (d: string) => d.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const SEIREKI = new RegExp(String.raw`(?<![0-9０-９])([0-9０-９]{4})年度${SEP}([0-9０-９]{4})年度`, 'g');
const WAREKI = new RegExp(String.raw`令和([0-9０-９]{1,2}|元)年度${SEP}令和([0-9０-９]{1,2}|元)年度`, 'g');
const REIWA_BASE = 2018;

/** Fiscal-year pairs stated in `text` (西暦 or 令和), as numbers. */
export function statedPeriods(text: string): { first: number; last: number; text: string }[] {
  const out: { first: number; last: number; text: string }[] = [];
  for (const m of text.matchAll(SEIREKI)) out.push({ first: Number(FULL(m[1]!)), last: Number(FULL(m[2]!)), text: m[0] });
  const reiwa = (s: string) => REIWA_BASE + (s === '元' ? 1 : Number(FULL(s)));
  for (const m of text.matchAll(WAREKI)) out.push({ first: reiwa(m[1]!), last: reiwa(m[2]!), text: m[0] });
  return out;
}

export function checkPeriodText(doc: PlanDocument, out: Finding[]): void {
  const p = doc.plan;
  const period = `${formatFiscalYear(p.firstFiscalYear, 'seireki')}〜${formatFiscalYear(p.lastFiscalYear, 'seireki')}`;
  const texts: { field: string; label: string; text: string }[] = [
    { field: 'plan.title', label: '表題', text: p.title },
    ...p.sections.map((s, i) => ({ field: `plan.sections[${i}].body`, label: `前文「${s.heading}」`, text: `${s.heading}\n${s.body}` })),
  ];
  for (const t of texts) {
    for (const s of statedPeriods(t.text)) {
      if (s.first === p.firstFiscalYear && s.last === p.lastFiscalYear) continue;
      out.push({
        severity: 'warning', rule: 'period-text', initiativeId: null, no: null, title: null, field: t.field, fieldLabel: t.label,
        message: `「${s.text}」が計画期間(${period})と違います。計画期間を書いた文なら、今の期間に直してください。`,
      });
    }
  }
}
