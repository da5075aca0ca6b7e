// Validation issues of a whole plan, told by initiative (No. and title) and field name rather than
// by array index: 「No.12「書かない窓口」の 計画: …」 is what a coordinator can act on.
import type { z } from 'zod';
import type { PlanDocument } from '../domain/document.ts';
import type { FieldIssue } from '../domain/issues.ts';
import { formatPath } from '../domain/issues.ts';
import { fieldLabel } from './field-labels.ts';

export function planIssues(doc: PlanDocument, error: z.ZodError, limit = 20): FieldIssue[] {
  return error.issues.slice(0, limit).map((i) => {
    const [head, index, field] = i.path;
    if (head === 'initiatives' && typeof index === 'number') {
      const it = doc.initiatives[index];
      const where = it ? `No.${it.no}「${it.title}」` : `取組${index + 1}`;
      return { path: formatPath(i.path), message: `${where}の${fieldLabel('initiative', String(field ?? ''))}: ${i.message}` };
    }
    if (head === 'plan') return { path: formatPath(i.path), message: `${fieldLabel('plan', String(index ?? ''))}: ${i.message}` };
    return { path: formatPath(i.path), message: `${fieldLabel('plan', String(head ?? ''))}: ${i.message}` };
  });
}

export function describePlanIssues(doc: PlanDocument, error: z.ZodError, limit = 10): string {
  const lines = planIssues(doc, error, limit).map((i) => `・${i.message}`);
  const more = error.issues.length - lines.length;
  return lines.join('\n') + (more > 0 ? `\n…ほか ${more} 件` : '');
}
