// Domain schemas of the plan: the single source of truth for what a plan is.
// The dump format (plan-desk/v1), the seed, the store and the API all validate against these.
import { z } from 'zod';
import './zod-ja.ts';

export const FORMAT = 'plan-desk/v1';

/** A Japanese fiscal year, named by the calendar year it starts in (April). */
export const FiscalYear = z.number().int().min(1989).max(2200);

/** A calendar date as YYYY-MM-DD, checked for existence (no 2025-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日付は YYYY-MM-DD の形で入力してください' })
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, { message: '存在しない日付です' });

/** Control characters other than line feed and tab, and halves of a surrogate pair: never meant by a person. */
export const UNPRINTABLE = /[\u0000-\u0008\u000B-\u001F\u007F]|\p{Cs}/u;

/** Line breaks pasted from Word and the like (Shift+Enter is U+000B), read as the line breaks they mean. */
export const PASTED_LINE_BREAKS = /[\u000B\u2028\u2029]/gu;

/** A text with pasted line breaks as \n and every other unprintable character taken out. */
export function withoutUnprintable(text: string): string {
  return text.replace(PASTED_LINE_BREAKS, '\n').replace(new RegExp(UNPRINTABLE.source, 'gu'), '');
}

/** The distinct unprintable characters of a text by code (U+0007), for messages: they are invisible. */
export function unprintableCodes(text: string): string[] {
  const found = [...text.matchAll(new RegExp(UNPRINTABLE.source, 'gu'))];
  return [...new Set(found.map((m) => `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))];
}

/** Text typed by people: any length (overflow is a check, not a refusal), nothing unprintable. */
export const Text = z
  .string()
  .max(1_000_000, { message: '文字数が多すぎます(100万文字まで)' })
  .refine((s) => !UNPRINTABLE.test(s), { message: '制御文字など表示できない文字が含まれています。該当の文字を削除してください' });
const RequiredText = Text.refine((s) => s.trim().length > 0, { message: '入力してください' });

export const EraStyle = z.enum(['seireki', 'wareki', 'both']);

/** A front-matter section: heading without its number (numbers follow the order). Body lines; lines starting with ・ are bullets. */
export const Section = z.strictObject({
  heading: RequiredText,
  body: Text,
});

export const RevisionKind = z.enum(['初版', '改定']);
export const RevisionHistoryRow = z.strictObject({
  kind: RevisionKind,
  date: IsoDate,
  summary: z.array(Text),
});

export const PlanHeader = z
  .strictObject({
    title: RequiredText,
    edition: Text,
    organization: RequiredText,
    division: Text,
    firstFiscalYear: FiscalYear,
    lastFiscalYear: FiscalYear,
    establishedOn: IsoDate,
    revisedOn: IsoDate.nullable(),
    eraStyle: EraStyle.default('seireki'),
    sections: z.array(Section),
    revisionHistory: z.array(RevisionHistoryRow),
    /** The ※ footnotes under the list, stored without the leading ※. */
    notes: z.array(Text),
  })
  .refine((p) => p.firstFiscalYear <= p.lastFiscalYear, {
    message: '計画期間の開始年度が終了年度より後になっています',
    path: ['lastFiscalYear'],
  })
  .refine((p) => p.lastFiscalYear - p.firstFiscalYear < 10, {
    message: '計画期間は10年度以内にしてください',
    path: ['lastFiscalYear'],
  });

export const Policy = z.strictObject({
  code: z.number().int().min(1).max(99),
  name: RequiredText,
});

export const Department = z.strictObject({
  name: RequiredText.refine((s) => s.length <= 100, { message: '課名は100文字以内にしてください' }),
  /** A set of 課 (庁内各課, 関係課 …), not one 課: never a recipient of a 庁内照会 itself. */
  group: z.literal(true).optional(),
  /** The 課's contact for 庁内照会 mails. */
  mail: z.string().trim().max(254).regex(/^[^\s@]+@[^\s@]+$/u, { message: 'メールアドレスの形が正しくありません(例: shimin@city.hiratsuka.kanagawa.jp)' }).optional(),
  contactName: z.string().trim().max(100, { message: '担当者名は100文字以内にしてください' }).optional(),
});

export const SourcePlan = z.strictObject({
  name: RequiredText,
  /** e.g. 08-01, 重点戦略1-(1)分野別施策1-①; null when the document names the plan only. */
  ref: Text.nullable(),
});

/** One arrow in the 計画 row. Bars on the same lane must not overlap; lanes stack top to bottom. */
export const ScheduleBar = z
  .strictObject({
    label: Text,
    from: FiscalYear,
    to: FiscalYear,
    lane: z.number().int().min(0).max(49).default(0),
  })
  .refine((b) => b.from <= b.to, { message: '開始年度が終了年度より後になっています', path: ['to'] });

export const Result = z.strictObject({
  fiscalYear: FiscalYear,
  text: Text,
});

/**
 * A 要確認 mark: a field whose text is doubtful (a fragment of the published text, a completed word,
 * a reading to verify). It holds only while the field still reads `text`; any change clears it.
 * Fields: title, purpose, activity, departments, sourcePlans, schedule (all bars), schedule[j] (one bar), results.YYYY.
 */
export const ReviewField = z
  .string()
  .regex(/^(?:title|policy|purpose|activity|departments|sourcePlans|schedule|schedule\[\d{1,2}\]|results\.\d{4})$/, {
    message: '要確認の項目名は title・policy・purpose・activity・departments・sourcePlans・schedule・schedule[番号]・results.年度 のいずれかです',
  });
export const ReviewMark = z.strictObject({
  field: ReviewField,
  /** Why the field needs checking, for the coordinator and the 課 (e.g. 公表版の転記で後半が判読できませんでした). */
  reason: RequiredText,
  /** The field's text when the mark was set (see markedText). */
  text: Text,
});

export const InitiativeId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'ID は英数字・-・_ の64文字以内です' });

export const Initiative = z.strictObject({
  /** Stable identity across renumbering, survey forms and revisions. */
  id: InitiativeId,
  no: z.number().int().min(1).max(99999),
  priority: z.boolean(),
  policy: z.number().int().min(1).max(99),
  isNew: z.boolean(),
  isExpanded: z.boolean(),
  title: RequiredText,
  departments: z.array(RequiredText).min(1, { message: '実施課を1つ以上指定してください' }),
  sourcePlans: z.array(SourcePlan),
  purpose: Text,
  activity: Text,
  schedule: z.array(ScheduleBar),
  results: z.array(Result),
  /** Optional, so that dumps written before marks existed still load. */
  reviewMarks: z.array(ReviewMark).optional(),
});

export type FiscalYearT = z.infer<typeof FiscalYear>;
export type EraStyle = z.infer<typeof EraStyle>;
export type Section = z.infer<typeof Section>;
export type RevisionHistoryRow = z.infer<typeof RevisionHistoryRow>;
export type PlanHeader = z.infer<typeof PlanHeader>;
export type Policy = z.infer<typeof Policy>;
export type Department = z.infer<typeof Department>;
export type SourcePlan = z.infer<typeof SourcePlan>;
export type ScheduleBar = z.infer<typeof ScheduleBar>;
export type Result = z.infer<typeof Result>;
export type ReviewMark = z.infer<typeof ReviewMark>;
export type Initiative = z.infer<typeof Initiative>;
