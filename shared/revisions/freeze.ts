// 「改定版を確定」 as a pure step: the checks on label/date/summary and the header the working
// copy gets (a new 改定履歴 row, revisedOn, edition = label). The store runs it in one transaction.
import { z } from 'zod';
import { AppError } from '../api/errors.ts';
import { IsoDate, type PlanHeader, type RevisionHistoryRow } from '../domain/schema.ts';
import { formatDate } from '../domain/fiscal-year.ts';

export const RevisionLabel = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, { message: '改定版の名前を入力してください(例: 2026年度改定版)' })
  .refine((s) => s.length <= 100, { message: '改定版の名前は100文字以内にしてください' })
  .refine((s) => s !== 'working', { message: '「working」は作業中の計画を表す語なので、改定版の名前には使えません' });

export const FreezeInput = z.strictObject({
  label: RevisionLabel,
  date: IsoDate,
  /** The lines of the new 改定履歴 row (①…, ②…). Blank lines are dropped. */
  summary: z.array(z.string().max(2000, { message: '改定内容の1行は2000文字以内にしてください' })).max(50, { message: '改定内容は50行以内にしてください' }),
});
export type FreezeInput = z.output<typeof FreezeInput>;

export interface FreezeFacts {
  /** Labels of every revision in the DB (labels are unique across plan periods). */
  usedLabels: readonly string[];
  /** Date of this plan's newest revision, if any. */
  lastRevisionDate: string | null;
}

/**
 * The name 「改定版を確定」 starts from: this fiscal year's 「…年度改定版」, or, when a revision of that
 * name exists already (a second freeze in one year), the first free 「…年度改定版(2)」, (3)….
 */
export function suggestRevisionLabel(fiscalYear: number, usedLabels: readonly string[]): string {
  const used = new Set(usedLabels.map((l) => l.trim()));
  const base = `${fiscalYear}年度改定版`;
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}(${n})`)) n++;
  return `${base}(${n})`;
}

/** The working copy's header after freezing, or a CONFLICT/BAD_INPUT naming what to change. */
export function applyFreeze(header: PlanHeader, input: FreezeInput, facts: FreezeFacts): { header: PlanHeader; row: RevisionHistoryRow } {
  if (facts.usedLabels.includes(input.label)) {
    throw new AppError('CONFLICT', `改定版「${input.label}」は既にあります。別の名前にしてください。`);
  }
  const last = [facts.lastRevisionDate, ...header.revisionHistory.map((r) => r.date)].filter((d): d is string => !!d).sort().at(-1);
  if (last && input.date < last) {
    throw new AppError('BAD_INPUT', `日付 ${formatDate(input.date)} が前回の改定(${formatDate(last)})より前です。${formatDate(last)}以降の日付にしてください。`);
  }
  const summary = input.summary.map((s) => s.trimEnd()).filter((s) => s.trim().length > 0);
  if (summary.length === 0) {
    throw new AppError('BAD_INPUT', '改定内容(改定履歴に載る文)を1行以上入力してください。');
  }
  const first = header.revisionHistory.length === 0;
  const row: RevisionHistoryRow = { kind: first ? '初版' : '改定', date: input.date, summary };
  return {
    row,
    header: {
      ...header,
      edition: input.label,
      establishedOn: first ? input.date : header.establishedOn,
      revisedOn: first ? header.revisedOn : input.date,
      revisionHistory: [...header.revisionHistory, row],
    },
  };
}

/** The label and date a plan document is frozen under when it arrives as a whole (the seed). */
export function initialRevisionOf(header: PlanHeader): { label: string; date: string; kind: '初版' | '改定' } {
  const kind = header.revisedOn ? '改定' : '初版';
  const label = header.edition.trim() || (kind === '初版' ? '初版' : `${header.revisedOn}改定版`);
  return { label, date: header.revisedOn ?? header.establishedOn, kind };
}
