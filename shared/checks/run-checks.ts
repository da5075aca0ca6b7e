// 点検: one report over a whole plan document (saved or not), pure so it runs in the app, the CLI
// and on unsaved edits alike. Errors first, then by document order.
import { PlanHeader, type Initiative } from '../domain/schema.ts';
import { compareInitiatives, type PlanDocument } from '../domain/document.ts';
import { formatPath } from '../domain/issues.ts';
import { currentFiscalYear } from '../domain/fiscal-year.ts';
import { fieldLabel } from '../editing/field-labels.ts';
import { checkInitiative } from './initiative-rules.ts';
import { checkPeriodText } from './period-text.ts';
import type { CheckReport, Finding } from './types.ts';

export interface CheckOptions {
  /** Fiscal years before this one have ended (their 実績 are owed). Default: today's fiscal year. */
  asOfFiscalYear?: number;
}

export function runChecks(doc: PlanDocument, opts: CheckOptions = {}): CheckReport {
  const asOfFiscalYear = opts.asOfFiscalYear ?? currentFiscalYear();
  const findings: Finding[] = [];
  checkHeader(doc, findings);
  checkPeriodText(doc, findings);
  const ctx = {
    first: doc.plan.firstFiscalYear,
    last: doc.plan.lastFiscalYear,
    asOfFiscalYear,
    policies: new Set(doc.policies.map((p) => p.code)),
    departments: new Set(doc.departments.map((d) => d.name)),
  };
  const items = [...doc.initiatives].sort(compareInitiatives);
  checkNumbers(items, findings);
  for (const it of items) checkInitiative(it, ctx, findings);
  const order = new Map(items.map((it, i) => [it.id, i]));
  findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)
    || (order.get(a.initiativeId ?? '') ?? -1) - (order.get(b.initiativeId ?? '') ?? -1));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { asOfFiscalYear, errors, warnings: findings.length - errors, findings };
}

function checkHeader(doc: PlanDocument, out: Finding[]): void {
  const r = PlanHeader.safeParse(doc.plan);
  if (r.success) return;
  for (const i of r.error.issues) {
    const field = String(i.path[0] ?? '');
    out.push({
      severity: 'error', rule: 'plan-header', initiativeId: null, no: null, title: null,
      field: `plan.${formatPath(i.path)}`, fieldLabel: fieldLabel('plan', field), message: i.message,
    });
  }
}

function checkNumbers(items: readonly Initiative[], out: Finding[]): void {
  const byNo = new Map<number, Initiative[]>();
  const byId = new Map<string, number>();
  for (const it of items) {
    byNo.set(it.no, [...(byNo.get(it.no) ?? []), it]);
    byId.set(it.id, (byId.get(it.id) ?? 0) + 1);
  }
  for (const it of items) {
    const same = byNo.get(it.no)!;
    if (same.length > 1) {
      const others = same.filter((x) => x !== it).map((x) => `「${x.title}」`).join('、');
      out.push({ severity: 'error', rule: 'duplicate-no', initiativeId: it.id, no: it.no, title: it.title, field: 'no', fieldLabel: 'No.', message: `No.${it.no} が${others}と重複しています` });
    }
    if ((byId.get(it.id) ?? 0) > 1) {
      out.push({ severity: 'error', rule: 'duplicate-id', initiativeId: it.id, no: it.no, title: it.title, field: 'id', fieldLabel: 'ID', message: `ID「${it.id}」が重複しています` });
    }
  }
}
