// 「新しい計画期間を開始」 as a pure step: the next plan's document from the current one.
// Continuing initiatives keep their texts under new ids and new Nos. (document order); the old
// period's bars are dropped (the user plans the new years afresh) and results start empty.
import { z } from 'zod';
import { AppError } from '../api/errors.ts';
import { compareInitiatives, type PlanDocument } from '../domain/document.ts';
import { FiscalYear, IsoDate, type Initiative } from '../domain/schema.ts';
import { eraOfFiscalYear } from '../domain/fiscal-year.ts';
import { DRAFT_EDITION } from './types.ts';

export const StartPeriodInput = z
  .strictObject({
    firstFiscalYear: FiscalYear,
    lastFiscalYear: FiscalYear,
    /** Nos. of the initiatives that continue; omitted = all of them. */
    continueNos: z.array(z.number().int().min(1).max(99999)).optional(),
    /** Provisional 策定日 of the new plan (replaced when its 初版 is frozen); default today. */
    establishedOn: IsoDate.optional(),
  })
  .refine((p) => p.firstFiscalYear <= p.lastFiscalYear, { message: '計画期間の開始年度が終了年度より後になっています', path: ['lastFiscalYear'] })
  .refine((p) => p.lastFiscalYear - p.firstFiscalYear < 10, { message: '計画期間は10年度以内にしてください', path: ['lastFiscalYear'] });
export type StartPeriodInput = z.output<typeof StartPeriodInput>;

export { DRAFT_EDITION } from './types.ts';

const SEP = String.raw`\s*(?:から|[-‐−–—~〜～ー－])\s*`;
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const warekiOf = (fy: number) => {
  const e = eraOfFiscalYear(fy);
  return `${e.era}${e.year === 1 ? '元' : e.year}`;
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A text with the old period's years replaced where they appear as a pair: (2024-2026) →
 * (2027-2029), 2024年度〜2026年度, 2024年度から2026年度まで, 令和6年度～令和8年度, full-width
 * digits too. Other numbers stay. Used for the title and the front-matter sections.
 */
export function retitleForPeriod(title: string, old: { first: number; last: number }, next: { first: number; last: number }): string {
  const forms: [(y: number) => string, string][] = [
    [String, '(?<![0-9])'],
    [(y) => fullWidth(String(y)), '(?<![０-９])'],
    [warekiOf, ''],
  ];
  let out = title;
  for (const [form, guard] of forms) {
    const re = new RegExp(`${guard}${escape(form(old.first))}(年度)?(${SEP})${escape(form(old.last))}(?![0-9０-９])`, 'g');
    out = out.replace(re, (_m, nendo: string | undefined, sep: string) => `${form(next.first)}${nendo ?? ''}${sep}${form(next.last)}`);
  }
  return out;
}

export interface NextPeriodOptions extends StartPeriodInput {
  establishedOn: string;
  /** A fresh id for the n-th (0-based) continuing initiative, unused anywhere in the DB. */
  newId: (index: number, it: Initiative) => string;
}

/** The new plan's document; refuses unknown Nos. or an empty/overlapping period (checked by the store). */
export function buildNextPeriodDocument(doc: PlanDocument, opts: NextPeriodOptions): PlanDocument {
  const old = { first: doc.plan.firstFiscalYear, last: doc.plan.lastFiscalYear };
  const next = { first: opts.firstFiscalYear, last: opts.lastFiscalYear };
  const known = new Set(doc.initiatives.map((i) => i.no));
  const unknown = (opts.continueNos ?? []).filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new AppError('BAD_INPUT', `No.${[...new Set(unknown)].join('、No.')} は今の計画にありません。引き継ぐ取組の No. を指定し直してください(今の計画は No.${Math.min(...known)}〜${Math.max(...known)})。`);
  }
  const keep = opts.continueNos ? new Set(opts.continueNos) : known;
  const continuing = doc.initiatives.filter((i) => keep.has(i.no)).sort(compareInitiatives);
  return {
    format: doc.format,
    plan: {
      ...doc.plan,
      title: retitleForPeriod(doc.plan.title, old, next),
      // 「計画期間は…2024年度から2026年度まで」: the words that state the period follow it.
      sections: doc.plan.sections.map((s) => ({ heading: s.heading, body: retitleForPeriod(s.body, old, next) })),
      edition: DRAFT_EDITION,
      firstFiscalYear: next.first,
      lastFiscalYear: next.last,
      establishedOn: opts.establishedOn,
      revisedOn: null,
      revisionHistory: [],
    },
    policies: doc.policies.map((p) => ({ ...p })),
    departments: doc.departments.map((d) => ({ ...d })),
    initiatives: continuing.map((it, i) => ({
      ...it,
      id: opts.newId(i, it),
      no: i + 1,
      // 新規 and 拡大/拡充 describe a change against the previous plan: the user marks them anew.
      isNew: false,
      isExpanded: false,
      departments: [...it.departments],
      sourcePlans: it.sourcePlans.map((s) => ({ ...s })),
      schedule: [],
      results: [],
    })),
  };
}
