// 要確認 marks: which text a mark was set on, whether it still holds, and the one place that drops
// the marks whose field has changed since (the editor, `load`, an applied survey return all pass here).
import type { Initiative, ReviewMark, ScheduleBar } from './schema.ts';

export type Marked = Pick<Initiative, 'title' | 'policy' | 'purpose' | 'activity' | 'departments' | 'sourcePlans' | 'schedule' | 'results'> & { reviewMarks?: ReviewMark[] | null | undefined };

const barText = (b: ScheduleBar) => `[段${b.lane + 1}] ${b.label} ${b.from}〜${b.to}`;

/** The text a mark on `field` compares with; null when the field does not exist (a bar or a year that is gone). */
export function markedText(it: Marked, field: string): string | null {
  switch (field) {
    case 'title': return it.title;
    case 'policy': return `方針${it.policy}`;
    case 'purpose': return it.purpose;
    case 'activity': return it.activity;
    case 'departments': return it.departments.join('、');
    case 'sourcePlans': return it.sourcePlans.map((s) => (s.ref ? `${s.name}(${s.ref})` : s.name)).join('、');
    case 'schedule': return it.schedule.map(barText).join(' / ');
  }
  const bar = /^schedule\[(\d+)\]$/.exec(field);
  if (bar) {
    const b = it.schedule[Number(bar[1])];
    return b ? barText(b) : null;
  }
  const year = /^results\.(\d{4})$/.exec(field);
  if (year) return it.results.find((r) => r.fiscalYear === Number(year[1]))?.text ?? null;
  return null;
}

/** A mark on `field` as it reads now. */
export function markOn(it: Marked, field: string, reason: string): ReviewMark {
  return { field, reason, text: markedText(it, field) ?? '' };
}

export const markHolds = (it: Marked, m: ReviewMark): boolean => markedText(it, m.field) === m.text;

/** True when the 実績 of `fiscalYear` carries a mark that still holds. */
export const resultMarked = (it: Marked, fiscalYear: number): boolean =>
  liveMarks(it).some((m) => m.field === `results.${fiscalYear}`);

/** The marks that still hold, in field order of the record. */
export function liveMarks(it: Marked): ReviewMark[] {
  return (it.reviewMarks ?? []).filter((m) => markHolds(it, m));
}

/** The record without the marks whose field changed (no key at all when none is left, as the dump writes it). */
export function settleMarks<T extends Marked>(it: T): T {
  const live = liveMarks(it);
  const { reviewMarks: _drop, ...rest } = it;
  return (live.length > 0 ? { ...rest, reviewMarks: live } : rest) as T;
}

/** The record with the mark on `field` removed (「確認済みにする」). */
export function withoutMark<T extends Marked>(it: T, field: string): T {
  return settleMarks({ ...it, reviewMarks: (it.reviewMarks ?? []).filter((m) => m.field !== field) });
}

/** The record with a mark set (replacing one on the same field). */
export function withMark<T extends Marked>(it: T, field: string, reason: string): T {
  const others = (it.reviewMarks ?? []).filter((m) => m.field !== field);
  return settleMarks({ ...it, reviewMarks: [...others, markOn(it, field, reason)] });
}

/** Japanese name of a marked field, for people (点検, the editor, the form). */
export function markFieldLabel(it: Pick<Initiative, 'schedule'>, field: string): string {
  const names: Record<string, string> = { title: '取組内容', policy: '方針', purpose: '目的', activity: '活動内容', departments: '実施課', sourcePlans: '関連計画', schedule: '計画' };
  if (names[field]) return names[field];
  const bar = /^schedule\[(\d+)\]$/.exec(field);
  if (bar) {
    const j = Number(bar[1]);
    const b = it.schedule[j];
    return b ? `計画「${b.label}」` : `計画(${j + 1}本目)`;
  }
  const year = /^results\.(\d{4})$/.exec(field);
  if (year) return `${year[1]}年度の実績`;
  return field;
}

/**
 * `load`: an initiative of the file that has no reviewMarks key (a dump written before marks
 * existed) keeps the marks it had in the DB; with the key, the file's marks count. Either way only
 * marks whose text the loaded initiative still reads survive.
 */
export function carryMarks<T extends Marked>(next: T, previous: Marked | undefined): T {
  return settleMarks({ ...next, reviewMarks: next.reviewMarks ?? previous?.reviewMarks });
}
