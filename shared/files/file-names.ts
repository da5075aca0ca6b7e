// Every file name the app hands out for a plan (PDF, Excel), made here only: whole and meaningful
// (the plan's full title and edition, then what the file holds: which 課, which Nos, a filtered
// list), with the characters Windows refuses replaced. Long lists of No. are shortened as a
// whole (「No.1-3,5ほか12件」), never cut mid-word; only an extreme title is shortened, with 「…」.

export interface PlanNameParts { title: string; edition: string }
export interface ExcerptParts {
  only?: readonly number[];
  department?: string;
  workingCopy?: boolean;
  /** The era style it is printed in, when it is not the plan's own (a 和暦 print must not carry the 西暦 print's name). */
  era?: 'seireki' | 'wareki' | 'both';
}

const ERA_WORD = { seireki: '西暦', wareki: '和暦', both: '西暦和暦併記' } as const;

const MAX_STEM = 180;
const MAX_NOS = 8;

/** Characters Windows refuses in a file name, and control characters. */
export const FORBIDDEN_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/gu;

/**
 * A part of a file name as Windows will keep it: forbidden characters → 「_」, runs of white space →
 * one space, no trailing dot or space (Windows drops them, and two names would then collide).
 */
export function fileNamePart(s: string): string {
  return s.replace(FORBIDDEN_IN_FILE_NAME, '_').replace(/\s+/gu, ' ').trim().replace(/[. ]+$/u, '');
}
const clean = fileNamePart;

const ONE_FORBIDDEN = new RegExp(FORBIDDEN_IN_FILE_NAME.source, 'u');
/** Whether `s` holds a character Windows refuses in a file name (a name typed for one is refused, not changed). */
export const hasCharForbiddenInFileName = (s: string): boolean => ONE_FORBIDDEN.test(s);

/** 1,2,3,5,7,8 → 「No.1-3,5,7-8」; past MAX_NOS runs → 「No.1-3,5ほか12件」. */
export function nosText(nos: readonly number[]): string {
  const sorted = [...new Set(nos)].sort((a, b) => a - b);
  const runs: string[] = [];
  let counted = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (runs.length === MAX_NOS) return `No.${runs.join(',')}ほか${sorted.length - counted}件`;
    runs.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    counted += j - i + 1;
    i = j + 1;
  }
  return `No.${runs.join(',')}`;
}

function stem(plan: PlanNameParts, ...parts: string[]): string {
  const tail = parts.filter(Boolean).map(clean).join('_');
  const head = [clean(plan.title), clean(plan.edition)].filter(Boolean).join('_') || 'アクションプラン';
  const room = MAX_STEM - (tail ? tail.length + 1 : 0);
  const fitted = head.length > room ? `${head.slice(0, Math.max(10, room - 1))}…` : head;
  return tail ? `${fitted}_${tail}` : fitted;
}

function excerptTail(ex: ExcerptParts): string[] {
  // A working copy that differs from its last freeze is never named like the edition itself.
  const working = ex.workingCopy ? ['作業中'] : [];
  const era = ex.era ? [ERA_WORD[ex.era]] : [];
  const out: string[] = [];
  if (ex.department) out.push(ex.department);
  if (ex.only && ex.only.length > 0) out.push(nosText(ex.only));
  return [...working, ...(out.length ? ['抜粋', ...out] : []), ...era];
}

/** The official PDF, or an excerpt of it: 「…_2025年度改定版_抜粋_市民課_No.1-3.pdf」, 「…_2025年度改定版_作業中.pdf」. */
export function planPdfFileName(plan: PlanNameParts, ex: ExcerptParts = {}): string {
  return `${stem(plan, ...excerptTail(ex))}.pdf`;
}

/** The plan as Excel; `listed` = how many rows of a filtered list it holds (「…_取組一覧_絞り込み12件.xlsx」). */
export function planXlsxFileName(plan: PlanNameParts, listed?: number): string {
  return `${stem(plan, listed === undefined ? '' : `取組一覧_絞り込み${listed}件`)}.xlsx`;
}

/** The 新旧対照表: the plan's title (as in 改正後), then 「新旧対照表_<改正後>_<改正前>」 (a working copy reads 作業中). */
export function comparePdfFileName(title: string, after: string, before: string): string {
  return `${stem({ title, edition: '' }, '新旧対照表', after, before)}.pdf`;
}
