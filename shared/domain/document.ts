// The whole plan as one document: the dump/load format and the seed format.
// Cross-field rules (a bar inside the plan period, known 方針 and 課, unique No. and id) live here,
// so that the store, `load`, the seed and the editor refuse the same things with the same words.
import { z } from 'zod';
import { FORMAT, Department, Initiative, PlanHeader, Policy } from './schema.ts';

export const PlanDocument = z
  .strictObject({
    format: z.literal(FORMAT, { message: `format は "${FORMAT}" にしてください` }),
    plan: PlanHeader,
    policies: z.array(Policy).min(1, { message: '方針を1つ以上定義してください' }),
    departments: z.array(Department),
    initiatives: z.array(Initiative),
  })
  .superRefine((doc, ctx) => {
    const { firstFiscalYear: first, lastFiscalYear: last } = doc.plan;
    const codes = new Set<number>();
    doc.policies.forEach((p, i) => {
      if (codes.has(p.code)) ctx.addIssue({ code: 'custom', path: ['policies', i, 'code'], message: `方針 ${p.code} が重複しています` });
      codes.add(p.code);
    });
    const depts = new Set<string>();
    doc.departments.forEach((d, i) => {
      if (depts.has(d.name)) ctx.addIssue({ code: 'custom', path: ['departments', i, 'name'], message: `課「${d.name}」が重複しています` });
      depts.add(d.name);
    });
    const nos = new Map<number, number>();
    const ids = new Set<string>();
    doc.initiatives.forEach((it, i) => {
      const at = (...p: (string | number)[]) => ['initiatives', i, ...p];
      if (ids.has(it.id)) ctx.addIssue({ code: 'custom', path: at('id'), message: `ID「${it.id}」が重複しています` });
      ids.add(it.id);
      if (nos.has(it.no)) ctx.addIssue({ code: 'custom', path: at('no'), message: `No.${it.no} が重複しています` });
      nos.set(it.no, i);
      if (!codes.has(it.policy)) ctx.addIssue({ code: 'custom', path: at('policy'), message: `方針 ${it.policy} は定義されていません` });
      const seenDept = new Set<string>();
      it.departments.forEach((d, j) => {
        if (!depts.has(d)) ctx.addIssue({ code: 'custom', path: at('departments', j), message: `課「${d}」は課の一覧にありません` });
        if (seenDept.has(d)) ctx.addIssue({ code: 'custom', path: at('departments', j), message: `課「${d}」が重複しています` });
        seenDept.add(d);
      });
      it.schedule.forEach((b, j) => {
        if (b.from < first || b.to > last)
          ctx.addIssue({ code: 'custom', path: at('schedule', j), message: `計画の年度(${b.from}〜${b.to})が計画期間(${first}〜${last})の外です` });
      });
      const years = new Set<number>();
      it.results.forEach((r, j) => {
        if (r.fiscalYear < first || r.fiscalYear > last)
          ctx.addIssue({ code: 'custom', path: at('results', j, 'fiscalYear'), message: `実績の年度 ${r.fiscalYear} が計画期間(${first}〜${last})の外です` });
        if (years.has(r.fiscalYear)) ctx.addIssue({ code: 'custom', path: at('results', j, 'fiscalYear'), message: `${r.fiscalYear}年度の実績が重複しています` });
        years.add(r.fiscalYear);
      });
      const marked = new Set<string>();
      (it.reviewMarks ?? []).forEach((m, j) => {
        if (marked.has(m.field)) ctx.addIssue({ code: 'custom', path: at('reviewMarks', j, 'field'), message: `要確認「${m.field}」が重複しています` });
        marked.add(m.field);
      });
      const overlap = findLaneOverlap(it.schedule);
      if (overlap !== null) ctx.addIssue({ code: 'custom', path: at('schedule', overlap), message: '同じ段の計画バーが年度で重なっています(段を分けてください)' });
    });
  });

export type PlanDocument = z.infer<typeof PlanDocument>;
export type PlanDocumentInput = z.input<typeof PlanDocument>;

/** Index of the first bar that overlaps an earlier bar of the same lane, or null. */
export function findLaneOverlap(bars: readonly { from: number; to: number; lane: number }[]): number | null {
  for (let j = 0; j < bars.length; j++) {
    const b = bars[j]!;
    for (let k = 0; k < j; k++) {
      const a = bars[k]!;
      if (a.lane === b.lane && a.from <= b.to && b.from <= a.to) return j;
    }
  }
  return null;
}

export { compareInitiatives } from './initiative-order.ts';
