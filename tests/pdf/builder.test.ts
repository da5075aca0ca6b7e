// The pure document builder: order, bookmarks, year columns, arrows, eras, and long texts kept whole.
import { describe, expect, it } from 'vitest';
import type { CanvasElement, Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { AppError } from '../../shared/api/errors.ts';
import { buildPlanDoc, fitCheckIds, pdfFileName, selectInitiatives } from '../../electron/pdf/build-plan-doc.ts';
import { detailSheet, sourceLine } from '../../electron/pdf/detail-sheet.ts';
import { emMeasure } from '../../electron/pdf/measure.ts';
import { scheduleGroups } from '../../electron/pdf/schedule-arrows.ts';
import { sheetGrid } from '../../electron/pdf/sheet-grid.ts';
import { CONTENT_HEIGHT } from '../../electron/pdf/styles.ts';
import { miniPlan, SEED_URL, readJson } from '../helpers.ts';
import { existsSync } from 'node:fs';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { allText, bigPlan, outlines, planWithPeriod, squash, walk } from './helpers.ts';

const content = (dd: TDocumentDefinitions) => dd.content as Content[];
const seedOrMini = (): PlanDocument => (existsSync(SEED_URL) ? readJson<PlanDocument>(SEED_URL) : miniPlan());

describe('buildPlanDoc', () => {
  it('prints every initiative once, 重点取組事項 first, then by No.', () => {
    const doc = seedOrMini();
    const sheets = outlines(content(buildPlanDoc(doc))).filter((o) => o.id.startsWith('sheet-'));
    const expected = [...doc.initiatives].sort((a, b) => (a.priority === b.priority ? a.no - b.no : a.priority ? -1 : 1));
    expect(sheets.map((s) => s.id)).toEqual(expected.map((i) => `sheet-${i.id}`));
    expect(sheets.map((s) => s.text)).toEqual(expected.map((i) => `No.${i.no} ${i.title}`));
  });

  it('bookmarks the sections, the history, both lists, both detail groups and every initiative', () => {
    const doc = miniPlan();
    const marks = outlines(content(buildPlanDoc(doc)));
    expect(marks.map((m) => m.id)).toEqual([
      'section-1', 'section-2', 'history', 'list', 'list-priority', 'list-normal',
      'detail-priority', 'sheet-t-01', 'detail-normal', 'sheet-t-02',
    ]);
    expect(marks.find((m) => m.id === 'section-2')!.text).toBe('2 見直し');
    expect(marks.find((m) => m.id === 'list')!.text).toBe('3 取組一覧'); // n sections + 1
    expect(marks.find((m) => m.id === 'list-normal')!.parent).toBe('list');
    expect(marks.find((m) => m.id === 'sheet-t-02')!.parent).toBe('detail-normal');
  });

  it('puts a check line at the end of every sheet and on every list and history row and the ※ notes', () => {
    const doc = miniPlan();
    expect(fitCheckIds(buildPlanDoc(doc).content)).toEqual([
      'fit-history-0', 'fit-history-1', 'fit-list-priority-t-01', 'fit-list-normal-t-02', 'fit-notes', 'fit-sheet-t-01', 'fit-sheet-t-02',
    ]);
  });

  it('has metadata, A4 landscape and page numbers', () => {
    const dd = buildPlanDoc(miniPlan(), { now: new Date('2025-08-01T00:00:00Z') });
    expect(dd.pageSize).toBe('A4');
    expect(dd.pageOrientation).toBe('landscape');
    expect(dd.info).toMatchObject({ title: 'テスト計画【アクションプラン(2024-2026)】 【2025年度改定版】', author: '平塚市' });
    expect(dd.info!.creationDate).toEqual(new Date('2025-08-01T00:00:00Z'));
    expect(typeof dd.footer).toBe('function');
  });

  it.each([[2024, 2026, 3], [2024, 2028, 5], [2025, 2025, 1]])('gives one column per fiscal year (%i–%i)', (first, last, n) => {
    const doc = planWithPeriod(first, last);
    const text = allText(content(buildPlanDoc(doc)));
    for (let y = first; y <= last; y++) expect(text).toContain(`${y}年度`);
    expect(text).not.toContain(`${last + 1}年度`);
    const g = sheetGrid(Array.from({ length: n }, (_, k) => first + k));
    expect(g.yearCols).toHaveLength(n + 1);
    expect(g.yearRulesInSpan).toHaveLength(n + 1);
    expect(g.widths.every((w) => w > 20)).toBe(true);
  });

  it('draws each bar across exactly its years, bars of a lane side by side, lanes stacked', () => {
    const years = [2024, 2025, 2026, 2027, 2028];
    const g = sheetGrid(years);
    const geometry = { firstFiscalYear: 2024, yearRules: g.yearRulesInSpan, measure: emMeasure };
    const bars = [
      { label: '検討', from: 2024, to: 2024, lane: 0 },
      { label: '運用', from: 2025, to: 2028, lane: 0 },
      { label: '拡充', from: 2026, to: 2027, lane: 3 },
    ];
    const [group] = scheduleGroups(bars, geometry);
    const canvas = [...walk(group!.content)].find((n) => Array.isArray(n.canvas))!.canvas as CanvasElement[];
    const arrows = canvas.filter((c) => c.type === 'polyline') as { points: { x: number; y: number }[] }[];
    expect(arrows).toHaveLength(3);
    const span = (a: { points: { x: number; y: number }[] }) => [Math.min(...a.points.map((p) => p.x)), Math.max(...a.points.map((p) => p.x))];
    const mid = (a: { points: { x: number; y: number }[] }) => a.points[3]!.y;
    const r = g.yearRulesInSpan;
    bars.forEach((b, i) => {
      const [x0, x1] = span(arrows[i]!);
      expect(x0).toBeGreaterThan(r[b.from - 2024]!);
      expect(x0).toBeLessThan(r[b.from - 2024]! + 10);
      expect(x1).toBeLessThan(r[b.to - 2024 + 1]!);
      expect(x1).toBeGreaterThan(r[b.to - 2024 + 1]! - 10);
    });
    expect(mid(arrows[0]!)).toBe(mid(arrows[1]!)); // same lane, same height
    expect(mid(arrows[2]!)).toBeGreaterThan(mid(arrows[0]!)); // next lane below (lane numbers compacted)
    const labels = [...walk(group!.content)].filter((n) => n.relativePosition).map((n) => allText(n as unknown as Content));
    expect(labels).toEqual(['検討', '運用', '拡充']);
  });

  it('formats dates and years in 西暦, 和暦 or both', () => {
    const doc = miniPlan();
    const seireki = allText(content(buildPlanDoc(doc)));
    expect(seireki).toContain('策定:2024年3月25日');
    expect(seireki).toContain('2025年度');
    const wareki = allText(content(buildPlanDoc(doc, { era: 'wareki' })));
    expect(wareki).toContain('策定:令和6年3月25日');
    expect(wareki).toContain('最近改定:令和7年7月8日');
    expect(wareki).toContain('令和6年度');
    expect(wareki).not.toContain('2024年度');
    const both = allText(content(buildPlanDoc(doc, { era: 'both' })));
    expect(both).toContain('2024年3月25日(令和6年3月25日)');
    expect(both).toContain('(令和8年度)');
    // the plan's own setting applies when no override is given
    doc.plan.eraStyle = 'wareki';
    expect(allText(content(buildPlanDoc(doc)))).toContain('令和7年度');
  });

  it.each([1_000, 20_000])('keeps a %i-character result whole (breakable sheet when taller than a page)', (size) => {
    const doc = miniPlan();
    const line = '・長い実績の記述を続けます。検証用の文章です。';
    let text = '';
    for (let i = 0; text.length < size; i++) text += `${line}${i}\n`;
    text = text.slice(0, size);
    doc.initiatives[0]!.results = [{ fiscalYear: 2025, text }];
    const sheet = detailSheet(doc.initiatives[0]!, doc.policies, [2024, 2025, 2026], { era: 'seireki', measure: emMeasure, outlineParent: 'p' });
    expect(squash(allText(sheet.content))).toContain(squash(text));
    if (sheet.height > CONTENT_HEIGHT) {
      expect(sheet.oversized).toBe(true);
      const node = sheet.content as unknown as Record<string, unknown>;
      expect(node.unbreakable).toBeUndefined(); // pdfmake drops an unbreakable block taller than a page
      expect(node.pageBreak).toBe('before');
      const table = [...walk(sheet.content)].find((n) => n.table)!.table as { headerRows: number; dontBreakRows?: boolean };
      expect(table.headerRows).toBeGreaterThan(0);
      expect(table.dontBreakRows).toBeFalsy();
    } else {
      expect(sheet.oversized).toBe(false);
      expect((sheet.content as unknown as Record<string, unknown>).unbreakable).toBe(true);
    }
  });

  it('lets list rows break when one is taller than a page', () => {
    const doc = miniPlan();
    const small = [...walk(content(buildPlanDoc(doc)))].filter((n) => n.table && (n.table as { dontBreakRows?: boolean }).dontBreakRows !== undefined);
    expect(small.every((n) => (n.table as { dontBreakRows: boolean }).dontBreakRows)).toBe(true);
    doc.initiatives[1]!.title = '長い取組名'.repeat(2000);
    const lists = [...walk(content(buildPlanDoc(doc)))].filter((n) => n.table && (n.table as { headerRows?: number }).headerRows === 2);
    expect(lists.map((n) => (n.table as { dontBreakRows: boolean }).dontBreakRows)).toEqual([true, false]);
  });

  it('prints 1,000 initiatives with a sheet each', () => {
    const marks = outlines(content(buildPlanDoc(bigPlan(1000))));
    expect(marks.filter((m) => m.id.startsWith('sheet-'))).toHaveLength(1000);
  });
});

describe('options', () => {
  it('prints an excerpt by No. and by 課, in document order', () => {
    const doc = miniPlan();
    const ids = (dd: TDocumentDefinitions) => outlines(content(dd)).filter((o) => o.id.startsWith('sheet-')).map((o) => o.id);
    expect(ids(buildPlanDoc(doc, { only: [2] }))).toEqual(['sheet-t-02']);
    expect(ids(buildPlanDoc(doc, { only: [2, 1] }))).toEqual(['sheet-t-01', 'sheet-t-02']);
    expect(ids(buildPlanDoc(doc, { department: '市民課' }))).toEqual(['sheet-t-01']);
    expect(allText(content(buildPlanDoc(doc, { department: '市民課' })))).toContain('抜粋');
    expect(pdfFileName(doc)).toBe('テスト計画【アクションプラン(2024-2026)】_2025年度改定版.pdf');
    expect(pdfFileName(doc, { only: [1] })).toBe('テスト計画【アクションプラン(2024-2026)】_2025年度改定版_抜粋_No.1.pdf');
    expect(pdfFileName(doc, { department: '市民課', only: [2, 1] })).toBe('テスト計画【アクションプラン(2024-2026)】_2025年度改定版_抜粋_市民課_No.1-2.pdf');
  });

  it('refuses an unknown No. or 課, naming it', () => {
    const doc = miniPlan();
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as AppError;
      }
      throw new Error('not refused');
    };
    const a = refusal(() => selectInitiatives(doc, { only: [1, 77] }));
    expect(a).toBeInstanceOf(AppError);
    expect(a.code).toBe('BAD_INPUT');
    expect(a.message).toContain('No.77');
    const b = refusal(() => selectInitiatives(doc, { department: '宇宙課' }));
    expect(b.code).toBe('BAD_INPUT');
    expect(b.message).toContain('宇宙課');
  });

  it('writes source plans with refs as published', () => {
    expect(sourceLine([{ name: '行財政改革計画', ref: '08-01' }, { name: '自治体DX推進計画', ref: null }])).toBe('行財政改革計画08-01/自治体DX推進計画');
    expect(sourceLine([{ name: '総合計画実施計画', ref: '重点戦略1-(1)分野別施策1-①' }])).toBe('総合計画実施計画(重点戦略1-(1)分野別施策1-①)');
  });
});
