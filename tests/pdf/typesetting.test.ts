// What a typesetter would not let pass: a number parted from its counter, a one-character last
// line, a raised ASCII ~ for a range, invisible marks printed as 〓, stray bits of year rules
// between lanes, a four-digit No. broken in the list.
import { describe, expect, it } from 'vitest';
import { breakUnits, emMeasure, wrapLines } from '../../electron/pdf/measure.ts';
import { fontMeasure, hasGlyph } from '../../electron/pdf/fonts.ts';
import { sanitizePlan } from '../../electron/pdf/sanitize.ts';
import { scheduleGroups } from '../../electron/pdf/schedule-arrows.ts';
import { listTable } from '../../electron/pdf/list-table.ts';
import { walk } from './helpers.ts';
import { miniPlan } from '../helpers.ts';

describe('line breaking', () => {
  it('keeps a number with its counter', () => {
    expect(breakUnits('令和6年度に3回実施')).toEqual(['令', '和', '6年度', 'に', '3回', '実', '施']);
    expect(breakUnits('12か所、20%削減')).toEqual(['12か所、', '20%', '削', '減']);
    // At a width where 「3」 would end a line, 「3回」 moves down whole.
    expect(wrapLines('年に3回実施', 3 * 10, 10, false, emMeasure)).toEqual(['年に', '3回', '実施']);
  });

  it('leaves no last line of one character when the line before can give a unit', () => {
    expect(wrapLines('システム構築', 5 * 8, 8, false, emMeasure)).toEqual(['システム', '構築']);
    expect(wrapLines('あいうえお。', 5 * 10, 10, false, emMeasure)).toEqual(['あいうえ', 'お。']);
    // A single unit per line cannot give one away.
    expect(wrapLines('あい', 10, 10, false, emMeasure)).toEqual(['あ', 'い']);
  });
});

describe('print-only text fixes', () => {
  it('prints 〜 for an ASCII ~ range, drops zero-width marks without a warning, leaves a URL alone', () => {
    const doc = miniPlan();
    doc.initiatives[0]!.activity = '12月~1月に実施\u200bします\ufeff。2024年度 ~ 2025年度';
    doc.initiatives[0]!.purpose = 'https://example.jp/~user/';
    const { doc: out, warnings } = sanitizePlan(doc, hasGlyph);
    expect(out.initiatives[0]!.activity).toBe('12月〜1月に実施します。2024年度 〜 2025年度');
    expect(out.initiatives[0]!.purpose).toBe('https://example.jp/~user/');
    expect(warnings).toEqual([]);
  });
});

describe('the 計画 row', () => {
  it('draws no stray year-rule bits between lanes whose bars cross the year', () => {
    const bars = [0, 1, 2].map((lane) => ({ lane, label: `工程${lane}`, from: 2024, to: 2026 }));
    bars.push({ lane: 3, label: '単年', from: 2025, to: 2025 });
    const [g] = scheduleGroups(bars, { firstFiscalYear: 2024, yearRules: [0, 150, 300, 450], measure: fontMeasure() });
    const lines = [...walk(g!.content)].flatMap((n) => (Array.isArray(n.canvas) ? n.canvas : []))
      .filter((e: { type: string; lineWidth?: number }) => e.type === 'line' && (e.lineWidth ?? 0) > 0.1) as { y1: number; y2: number; x1: number }[];
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l.y2 - l.y1).toBeGreaterThanOrEqual(8);
    // The lane of one year (2025) leaves rules on both sides of its bar's year.
    expect(new Set(lines.map((l) => l.x1))).toEqual(new Set([150, 300]));
  });
});

describe('the list', () => {
  it('sets a four-digit No. on one line', () => {
    const doc = miniPlan();
    const it1 = { ...doc.initiatives[0]!, no: 1000 };
    const content = listTable('(1)重点取組事項', { id: 'l', parent: 'p' }, [it1], doc.policies, { withRefs: true, measure: fontMeasure(), allBreakable: false });
    const noCell = [...walk(content)].find((n) => n.text === '1000');
    expect(noCell).toBeDefined();
    expect(noCell!.stack).toBeUndefined();
    expect(Number(noCell!.fontSize)).toBeLessThanOrEqual(9);
  });
});
