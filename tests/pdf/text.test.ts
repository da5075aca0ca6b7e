// Line breaking, the font facts the layout relies on, and making texts printable.
import { describe, expect, it } from 'vitest';
import { breakUnits, emMeasure, wrapLines } from '../../electron/pdf/measure.ts';
import { fontMeasure, hasGlyph, localAccessPolicy, urlAccessPolicy, FONT_FILES } from '../../electron/pdf/fonts.ts';
import { sanitizePlan, MISSING } from '../../electron/pdf/sanitize.ts';
import { paragraph } from '../../electron/pdf/text-blocks.ts';
import { FONT_EM_HEIGHT, lineBox } from '../../electron/pdf/styles.ts';
import { createRequire } from 'node:module';
import { miniPlan } from '../helpers.ts';

describe('line breaking', () => {
  it('keeps Japanese punctuation off line starts and opening brackets off line ends', () => {
    expect(breakUnits('行います。「電子申請」')).toEqual(['行', 'い', 'ま', 'す。', '「電', '子', '申', '請」']);
    expect(breakUnits('eL-QRの活用')).toEqual(['eL-QR', 'の', '活', '用']);
    const lines = wrapLines('あいうえお。かきくけこ', 5 * 10, 10, false, emMeasure);
    expect(lines).toEqual(['あいうえ', 'お。かきく', 'けこ']); // お。 stays together
    expect(lines.every((l) => !/^[、。]/.test(l))).toBe(true);
  });

  it('cuts a word longer than a line and keeps empty lines', () => {
    expect(wrapLines('ABCDEFGHIJ', 40, 10, false, emMeasure)).toEqual(['ABCD', 'EFGH', 'IJ']);
    expect(wrapLines('あ\n\nい', 100, 10, false, emMeasure)).toEqual(['あ', '', 'い']);
  });

  it('sets ・ lines with a hanging indent and knows the exact height', () => {
    const p = paragraph('・一行目がとても長くて折り返します。\n二行目', { width: 100, fontSize: 10, measure: emMeasure });
    expect(p.lines).toBeGreaterThan(2);
    expect(p.height).toBe(p.lines * lineBox(10));
    const stack = (p.content as { stack: { text: string; margin?: number[] }[] }).stack;
    expect(stack[0]!.text.startsWith('・')).toBe(true);
    expect(stack[1]!.margin![0]).toBeGreaterThan(0);
    expect(stack.at(-1)!.text).toBe('二行目');
  });
});

describe('the font', () => {
  it('has a 1 em line box and no glyph wider than 1 em (what measure.ts and styles.ts rely on)', () => {
    const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
      openSync(p: string): { unitsPerEm: number; ascent: number; descent: number; characterSet: number[]; glyphForCodePoint(cp: number): { advanceWidth: number } };
    };
    for (const file of [FONT_FILES.regular, FONT_FILES.bold]) {
      const f = fontkit.openSync(file);
      expect((f.ascent - f.descent) / f.unitsPerEm).toBe(FONT_EM_HEIGHT);
      const widest = Math.max(...f.characterSet.map((cp) => f.glyphForCodePoint(cp).advanceWidth));
      expect(widest).toBeLessThanOrEqual(f.unitsPerEm);
    }
    const real = fontMeasure();
    for (const s of ['あ', '漢', 'W', 'M', '@', '〓', '①', '%', 'ｗ']) {
      expect(real(s, 10, false)).toBeLessThanOrEqual(emMeasure(s, 10, false) + 1e-9);
      expect(real(s, 10, true)).toBeLessThanOrEqual(emMeasure(s, 10, true) + 1e-9);
    }
  });

  it('covers Japanese, not emoji; only the two font files may be read, no URL ever', () => {
    expect(hasGlyph(0x3042)).toBe(true);
    expect(hasGlyph(0x1f600)).toBe(false);
    expect(localAccessPolicy(FONT_FILES.regular)).toBe(true);
    expect(localAccessPolicy(FONT_FILES.bold)).toBe(true);
    expect(localAccessPolicy('/etc/passwd')).toBe(false);
    expect(urlAccessPolicy('https://example.com/font.ttf')).toBe(false);
  });
});

describe('sanitizePlan', () => {
  it('removes control characters, draws missing glyphs as 〓 and says where', () => {
    const doc = miniPlan();
    doc.initiatives[0]!.title = '書かない\u0007窓口😀の導入';
    doc.initiatives[0]!.results[0]!.text = '・稼働\tしました。葛\u{E0100}城\r\n次の行';
    const { doc: out, warnings } = sanitizePlan(doc, hasGlyph);
    expect(out.initiatives[0]!.title).toBe(`書かない窓口${MISSING}の導入`);
    expect(out.initiatives[0]!.results[0]!.text).toBe('・稼働  しました。葛城\n次の行');
    expect(warnings.some((w) => w.includes('No.1 取組内容') && w.includes('U+0007'))).toBe(true);
    expect(warnings.some((w) => w.includes('No.1 取組内容') && w.includes('U+1F600') && w.includes(MISSING))).toBe(true);
    expect(warnings.some((w) => w.includes('2024年度の実績') && w.includes('異体字'))).toBe(true);
    expect(doc.initiatives[0]!.title).toContain('😀'); // the plan itself is untouched
  });

  it('leaves a clean plan alone', () => {
    const doc = miniPlan();
    const r = sanitizePlan(doc, hasGlyph);
    expect(r.warnings).toEqual([]);
    expect(r.doc).toEqual(doc);
  });
});
