// Content checks of the seed transcribed from the published plan (seeds/plan-2025.json).
// Fields the printed PDF leaves empty or illegible are listed in KNOWN_GAPS and must be documented in seeds/NOTES.md.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { PlanDocument } from '../../shared/domain/document.ts';

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
  43: ['results'],
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
});
