// One initiative checked against its plan, with the same schemas and words as a whole document:
// the editor runs this before saving, the handler runs it again before writing.
import { FORMAT, type Department, type Initiative, type PlanHeader, type Policy } from '../domain/schema.ts';
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
 * Field rules (Initiative) and the cross-field rules of PlanDocument (period, 方針, lanes) in one
 * pass over a one-item document — zod runs the refinements even when a field failed, so every
 * message shows at once — then duplicate No. New 課 are allowed: saving adds them to the master.
 */
export function validateInitiativeForPlan(draft: unknown, ctx: PlanContext): Validation {
  const raw = (draft ?? {}) as Partial<Initiative>;
  const named = Array.isArray(raw.departments) ? raw.departments.filter((d): d is string => typeof d === 'string') : [];
  const known = new Set(ctx.departments.map((d) => d.name));
  const departments = dedupe([...ctx.departments, ...named.filter((d) => !known.has(d)).map((name) => ({ name }))]);
  const doc = PlanDocument.safeParse({ format: FORMAT, plan: ctx.plan, policies: ctx.policies, departments, initiatives: [draft] });
  const issues: FieldIssue[] = [];
  if (!doc.success) {
    for (const i of toFieldIssues(doc.error, 50)) {
      if (i.path.startsWith('initiatives[0].')) issues.push({ path: i.path.slice('initiatives[0].'.length), message: i.message });
      else if (i.path.startsWith('initiatives[0]')) issues.push({ path: '(全体)', message: i.message });
      else if (i.path.startsWith('departments')) continue; // the master itself: reported at the initiative's 課
      else issues.push({ path: `plan.${i.path}`, message: i.message });
    }
  }
  const clash = ctx.others.find((o) => o.id !== raw.id && o.no === raw.no);
  if (clash) issues.push({ path: 'no', message: `No.${raw.no} は「${clash.title}」で使われています。別の番号にしてください` });
  if (issues.length > 0 || !doc.success) return { ok: false, issues };
  return { ok: true, value: doc.data.initiatives[0]! };
}

function dedupe(ds: Department[]): Department[] {
  const seen = new Set<string>();
  return ds.filter((d) => (seen.has(d.name) ? false : (seen.add(d.name), true)));
}

/** Issues whose path is `field` or inside it (`schedule` → `schedule[2].to`). */
export function issuesAt(issues: readonly FieldIssue[], field: string): FieldIssue[] {
  return issues.filter((i) => i.path === field || i.path.startsWith(`${field}[`) || i.path.startsWith(`${field}.`));
}
