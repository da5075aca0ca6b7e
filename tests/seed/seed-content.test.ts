// Content checks of the seed transcribed from the published plan (seeds/plan-2025.json).
// Fields the printed PDF leaves empty or illegible are listed in KNOWN_GAPS and must be documented in seeds/NOTES.md.
// Text the OCR lost is never made up: a cut shows as 「…」 where it is, and every doubtful field carries a 要確認 mark.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { PlanDocument } from '../../shared/domain/document.ts';
import { markHolds, markedText } from '../../shared/domain/review-marks.ts';

const raw = readFileSync(new URL('../../seeds/plan-2025.json', import.meta.url), 'utf8');
const notes = readFileSync(new URL('../../seeds/NOTES.md', import.meta.url), 'utf8');
const parsed = PlanDocument.safeParse(JSON.parse(raw));
if (!parsed.success) throw new Error(`seed does not parse: ${parsed.error.message}`);
const doc = parsed.data;
const byNo = (no: number) => {
  const it = doc.initiatives.find((i) => i.no === no);
  if (!it) throw new Error(`No.${no} missing`);
  return it;
};
const result2024 = (no: number) => byNo(no).results.find((r) => r.fiscalYear === 2024)?.text ?? '';

type Field = 'title' | 'departments' | 'purpose' | 'activity' | 'schedule' | 'results';
/** Fields left empty because the source has nothing legible; each must be listed in NOTES.md as "- No.N: field". */
const KNOWN_GAPS: Record<number, Field[]> = {
  3: ['schedule'],
};
const isGap = (no: number, field: Field) => KNOWN_GAPS[no]?.includes(field) ?? false;

describe('seed plan-2025.json', () => {
  it('parses with PlanDocument and is in the dump format byte for byte', () => {
    expect(parsed.success).toBe(true);
    expect(JSON.stringify(doc, null, 2) + '\n').toBe(raw);
  });

  it('has the plan header of the 2025 revision', () => {
    expect(doc.plan.title).toBe('平塚市デジタル化基本方針【アクションプラン(2024-2026)】');
    expect(doc.plan.edition).toBe('2025年度改定版');
    expect([doc.plan.firstFiscalYear, doc.plan.lastFiscalYear]).toEqual([2024, 2026]);
    expect(doc.plan.establishedOn).toBe('2024-03-25');
    expect(doc.plan.revisedOn).toBe('2025-07-08');
    expect(doc.plan.sections.map((s) => s.heading)).toEqual(['策定の目的', '取組事項の分類', '計画期間', '見直し']);
    expect(doc.plan.revisionHistory.map((r) => [r.kind, r.date])).toEqual([
      ['初版', '2024-03-25'],
      ['改定', '2025-07-08'],
    ]);
    expect(doc.plan.notes).toHaveLength(2);
  });

  it('has 3 policies and 43 initiatives numbered 1..43 in order', () => {
    expect(doc.policies.map((p) => [p.code, p.name])).toEqual([
      [1, '暮らしのデジタル化'],
      [2, '行政のデジタル化'],
      [3, '情報セキュリティの確保'],
    ]);
    expect(doc.initiatives).toHaveLength(43);
    expect(doc.initiatives.map((i) => i.no)).toEqual(Array.from({ length: 43 }, (_, k) => k + 1));
    expect(doc.initiatives.map((i) => i.id)).toEqual(Array.from({ length: 43 }, (_, k) => `seed-${String(k + 1).padStart(2, '0')}`));
  });

  it('marks No.1-8 as 重点取組事項 and counts 11 新規 and 9 拡大/拡充', () => {
    expect(doc.initiatives.filter((i) => i.priority).map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(doc.initiatives.filter((i) => i.isNew).map((i) => i.no)).toEqual([1, 5, 6, 13, 14, 21, 28, 29, 40, 41, 42]);
    expect(doc.initiatives.filter((i) => i.isExpanded).map((i) => i.no)).toEqual([2, 8, 10, 12, 23, 32, 33, 36, 37]);
  });

  it('lists every 課 once, in order of first appearance', () => {
    const seen: string[] = [];
    for (const it of doc.initiatives) for (const d of it.departments) if (!seen.includes(d)) seen.push(d);
    expect(doc.departments.map((d) => d.name)).toEqual(seen);
  });

  it('fills every field of every initiative, except the documented gaps', () => {
    for (const it of doc.initiatives) {
      const at = `No.${it.no}`;
      expect(it.title.trim(), at).not.toBe('');
      expect([1, 2, 3], at).toContain(it.policy);
      expect(it.departments.length, at).toBeGreaterThan(0);
      expect(it.purpose.trim(), `${at} purpose`).not.toBe('');
      expect(it.activity.trim(), `${at} activity`).not.toBe('');
      if (isGap(it.no, 'schedule')) expect(it.schedule, `${at} schedule (gap)`).toEqual([]);
      else expect(it.schedule.length, `${at} schedule`).toBeGreaterThan(0);
      const has2024 = it.results.some((r) => r.fiscalYear === 2024 && r.text.trim() !== '');
      expect(has2024, `${at} 2024 result`).toBe(!isGap(it.no, 'results'));
      expect(it.results.every((r) => r.fiscalYear === 2024), `${at} results only for 2024`).toBe(true);
    }
  });

  it('documents every known gap in seeds/NOTES.md', () => {
    for (const [no, fields] of Object.entries(KNOWN_GAPS)) {
      for (const field of fields) expect(notes, `No.${no} ${field}`).toMatch(new RegExp(`^- No\\.${no}: ${field}\\b`, 'm'));
    }
  });

  it('keeps every bar within 2024-2026 and uses several lanes where the sheet stacks bars', () => {
    for (const it of doc.initiatives) {
      for (const b of it.schedule) {
        expect(b.from, `No.${it.no} ${b.label}`).toBeGreaterThanOrEqual(2024);
        expect(b.to, `No.${it.no} ${b.label}`).toBeLessThanOrEqual(2026);
        expect(b.label.trim(), `No.${it.no} bar label`).not.toBe('');
      }
    }
    for (const no of [8, 36, 40, 43]) expect(new Set(byNo(no).schedule.map((b) => b.lane)).size, `No.${no}`).toBeGreaterThan(1);
    expect(byNo(28).schedule).toContainEqual({ label: '運用・利用促進', from: 2025, to: 2026, lane: 0 });
  });

  it('keeps the printed figures', () => {
    expect(result2024(15)).toContain('1,365,829,090円');
    expect(result2024(10)).toContain('601/713');
    expect(result2024(10)).toContain('84%');
    expect(result2024(4)).toContain('1,100千円');
    expect(result2024(4)).toContain('274千円');
    expect(result2024(16)).toContain('5,099,000円');
    expect(result2024(39)).toContain('508回');
    expect(result2024(2)).toContain('11月に改定版を策定しました。');
  });

  it('keeps 「・」 bullets on their own lines and no OCR leftovers in the text', () => {
    for (const it of doc.initiatives) {
      for (const text of [it.title, it.purpose, it.activity, ...it.results.map((r) => r.text)]) {
        expect(text, `No.${it.no}`).not.toMatch(/\t|\s\n|\n\s| {2}|·|窓ロ|<\/?(?:b|i|sup)>/);
        expect(text, `No.${it.no} bullet glued to the previous line`).not.toMatch(/。・/);
      }
    }
  });

  it('has No.43\'s 2024 result, the last line of the source', () => {
    expect(result2024(43)).toBe('・国が提示する地方公共団体の情報セキュリティポリシーガイドラインが10月に改正されたことから、3月に情報セキュリティポリシー関連文書の改正を行いました。');
  });

  const marksOf = (no: number) => byNo(no).reviewMarks ?? [];
  const isMarked = (no: number, field: string) => marksOf(no).some((m) => m.field === field);
  /** The texts of one initiative a cut can sit in, by the field a mark names. */
  const texts = (it: (typeof doc.initiatives)[number]): [string, string][] => [
    ['title', it.title], ['purpose', it.purpose], ['activity', it.activity],
    ['sourcePlans', it.sourcePlans.map((s) => `${s.name}${s.ref ?? ''}`).join('、')],
    ...it.results.map((r): [string, string] => [`results.${r.fiscalYear}`, r.text]),
  ];

  it('marks every cut with 「…」 and carries a 要確認 mark on each field that has one', () => {
    const cuts: string[] = [];
    for (const it of doc.initiatives) {
      for (const [field, text] of texts(it)) {
        if (!text.includes('…')) continue;
        cuts.push(`${it.no}:${field}`);
        expect(isMarked(it.no, field), `No.${it.no} ${field} has 「…」 but no mark`).toBe(true);
      }
    }
    // 31 目的 are fragments of the printed sentence (No.8 included, now that its guessed words are gone).
    expect(cuts.filter((c) => c.endsWith(':purpose'))).toHaveLength(31);
    expect(cuts.filter((c) => c.includes(':results.'))).toEqual(['4:results.2024', '18:results.2024', '20:results.2024', '32:results.2024', '33:results.2024']);
  });

  it('never joins the two sides of a cut', () => {
    const joined = ['作り民等', '制まやかに', '実施の消費活動推進', '派遣等をの活動', 'コミュニを支援', 'ローレンス市・や', '一層確認実', 'オープンて広く', '情報セキュリテえて', '参加でを整備', '年間での利用', '多発行する', '活用る。', '本す。'];
    for (const it of doc.initiatives) {
      for (const [field, text] of texts(it)) for (const j of joined) expect(text, `No.${it.no} ${field}`).not.toContain(j);
    }
  });

  it('adds no words the source does not have, and marks the texts whose lost characters were completed', () => {
    // Guessed words that used to be in the seed: gone.
    expect(byNo(8).purpose).not.toMatch(/^情報セキュリティ|強化し、/);
    expect(result2024(4)).not.toMatch(/・セミナー:|・助成の実施:/);
    expect(byNo(2).activity).not.toContain('窓口等を拡大');
    expect(result2024(11)).not.toContain('セミナーを5回');
    expect(result2024(18)).not.toMatch(/ちいき|周知/);
    expect(result2024(36)).not.toContain('開始する');
    // Certain completions (the same word stands elsewhere in the source) are kept, and say so.
    const completed: [number, string][] = [[1, 'activity'], [2, 'activity'], [19, 'results.2024'], [25, 'results.2024'], [32, 'purpose'], [34, 'results.2024'], [36, 'results.2024']];
    for (const [no, field] of completed) expect(marksOf(no).find((m) => m.field === field)?.reason, `No.${no} ${field}`).toContain('補いました');
    // The same possible missing を is treated alike wherever it occurs.
    for (const [no, field] of [[2, 'activity'], [11, 'results.2024'], [38, 'activity']] as const) expect(isMarked(no, field), `No.${no}`).toBe(true);
  });

  it('marks the readings that are judgements: bars, source plans, titles', () => {
    expect(byNo(6).schedule).toContainEqual({ label: '避難所受付システムの検討', from: 2025, to: 2025, lane: 1 });
    for (const [no, field] of [[6, 'schedule[1]'], [43, 'schedule[0]'], [43, 'schedule[1]'], [10, 'sourcePlans'], [11, 'sourcePlans'], [18, 'title'], [3, 'schedule'], [41, 'schedule'], [42, 'schedule'], [16, 'schedule[0]'], [27, 'schedule[0]'], [28, 'schedule[1]'], [40, 'schedule'],
      // Where the published list and its sheet disagree: titles and 方針.
      [26, 'title'], [30, 'title'], [37, 'title'], [39, 'title'], [31, 'policy'], [32, 'policy'], [33, 'policy'], [43, 'policy']] as const) {
      expect(isMarked(no, field), `No.${no} ${field}`).toBe(true);
    }
  });

  it('has 81 marks on 40 initiatives, each set on the text the seed holds', () => {
    const all = doc.initiatives.flatMap((it) => (it.reviewMarks ?? []).map((m) => ({ it, m })));
    expect(all).toHaveLength(81);
    expect(doc.initiatives.filter((it) => (it.reviewMarks ?? []).length > 0)).toHaveLength(40);
    for (const { it, m } of all) {
      expect(markedText(it, m.field), `No.${it.no} ${m.field}: the field exists`).not.toBeNull();
      expect(markHolds(it, m), `No.${it.no} ${m.field}: mark set on another text`).toBe(true);
    }
  });
});
