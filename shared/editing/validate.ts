// One initiative checked against its plan, with the same schemas and words as a whole document:
// the editor runs this before saving, the handler runs it again before writing.
import { FORMAT, Initiative, type Department, type PlanHeader, type Policy } from '../domain/schema.ts';
import { PlanDocument } from '../domain/document.ts';
import { toFieldIssues, type FieldIssue } from '../domain/issues.ts';

export interface PlanContext {
  plan: PlanHeader;
  policies: readonly Policy[];
  departments: readonly Department[];
  /** The other live initiatives (for duplicate No.). */
  others: readonly { id: string; no: number; title: string }[];
}

export type Validation = { ok: true; value: Initiative } | { ok: false; issues: FieldIssue[] };

/**
 * Field rules (Initiative), then the cross-field rules of PlanDocument on a one-item document
 * (period, 方針, lanes), then duplicate No. New 課 are allowed: saving adds them to the master.
 */
export function validateInitiativeForPlan(draft: unknown, ctx: PlanContext): Validation {
  const parsed = Initiative.safeParse(draft);
  if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error, 50) };
  const it = parsed.data;
  const names = new Set(ctx.departments.map((d) => d.name));
  const departments = [...ctx.departments, ...it.departments.filter((d) => !names.has(d)).map((name) => ({ name }))];
  const doc = PlanDocument.safeParse({
    format: FORMAT, plan: ctx.plan, policies: ctx.policies, departments: dedupe(departments), initiatives: [it],
  });
  const issues: FieldIssue[] = [];
  if (!doc.success) {
    for (const i of toFieldIssues(doc.error, 50)) {
      if (i.path.startsWith('initiatives[0].')) issues.push({ path: i.path.slice('initiatives[0].'.length), message: i.message });
      else if (i.path.startsWith('initiatives[0]')) issues.push({ path: '(全体)', message: i.message });
      else if (i.path.startsWith('departments')) continue; // the master itself: not this record's fault
      else issues.push({ path: `plan.${i.path}`, message: i.message });
    }
  }
  const clash = ctx.others.find((o) => o.id !== it.id && o.no === it.no);
  if (clash) issues.push({ path: 'no', message: `No.${it.no} は「${clash.title}」で使われています。別の番号にしてください` });
  return issues.length ? { ok: false, issues } : { ok: true, value: it };
}

function dedupe(ds: Department[]): Department[] {
  const seen = new Set<string>();
  return ds.filter((d) => (seen.has(d.name) ? false : (seen.add(d.name), true)));
}

/** Issues whose path is `field` or inside it (`schedule` → `schedule[2].to`). */
export function issuesAt(issues: readonly FieldIssue[], field: string): FieldIssue[] {
  return issues.filter((i) => i.path === field || i.path.startsWith(`${field}[`) || i.path.startsWith(`${field}.`));
}
