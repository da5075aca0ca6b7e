// The PDF itself: valid (qpdf), font embedded as a subset (pdffonts), text searchable (pdftotext),
// bookmarks present, nothing dropped for huge texts or 1,000 initiatives; the CLI and the API.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { dispatch } from '../../shared/api/dispatch.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { handlers } from '../../electron/handlers/index.ts';
import { makeContext } from '../../electron/handlers/context.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { buildPlanDoc } from '../../electron/pdf/build-plan-doc.ts';
import { detailSheet } from '../../electron/pdf/detail-sheet.ts';
import { fontMeasure } from '../../electron/pdf/fonts.ts';
import { cachedMeasure } from '../../electron/pdf/measure.ts';
import { renderDocDefinition, renderPlanPdf, type RenderProgress } from '../../electron/pdf/render.ts';
import { renderPlanPdfInWorker } from '../../electron/pdf/run-in-worker.ts';
import { CONTENT_HEIGHT, FONT } from '../../electron/pdf/styles.ts';
import { cli, miniPlan, readJson, SEED_URL } from '../helpers.ts';
import { bigPlan, pdfText, squash, TOOLS_MISSING, walk } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'plan-desk-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The published plan, checked in: its figures and sections are what the first test looks for.
const published = (): PlanDocument => readJson<PlanDocument>(SEED_URL);
const save = (name: string, pdf: Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return file;
};
/** Bookmark titles, depth first. */
function bookmarks(file: string): string[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file]).toString()) as { outlines: { title: string; kids: unknown[] }[] };
  const out: string[] = [];
  const walk = (items: { title: string; kids: unknown[] }[]) => items.forEach((i) => { out.push(i.title); walk(i.kids as typeof items); });
  walk(json.outlines);
  return out;
}
/** Appended to the suite titles, so a skipped run says why. */
const skipped = TOOLS_MISSING ? ' — skipped: qpdf / pdftotext / pdffonts are not installed (apt-get install qpdf poppler-utils)' : '';

describe.skipIf(TOOLS_MISSING)(`the plan PDF (seeds/plan-2025.json)${skipped}`, () => {
  it('is valid, embeds BIZ UDPGothic as a subset, and its text is searchable', async () => {
    const doc = published();
    const r = await renderPlanPdf(doc, { now: new Date('2025-08-01T00:00:00Z') });
    const file = save('plan.pdf', r.pdf);
    expect(r.warnings).toEqual([]);
    execFileSync('qpdf', ['--check', file]); // throws on a damaged file
    const fonts = execFileSync('pdffonts', [file]).toString().split('\n').filter((l) => l.includes('BIZUDPGothic'));
    expect(fonts.length).toBe(2);
    for (const l of fonts) expect(l).toMatch(/^[A-Z]{6}\+BIZUDPGothic-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/);
    const text = pdfText(file);
    for (const it of doc.initiatives) expect(text, `No.${it.no}`).toContain(squash(it.title));
    expect(text).toContain('1,365,829,090円');
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toContain(`Author:          ${doc.plan.organization}`);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    const marks = bookmarks(file);
    expect(marks.filter((m) => m.startsWith('No.'))).toHaveLength(doc.initiatives.length);
    expect(marks).toContain(`${doc.plan.sections.length + 1} 取組一覧`);
    expect(marks).toEqual(expect.arrayContaining(['(1)重点取組事項', '(2)取組事項', '【改定履歴】']));
  });

  it.each([1_000, 20_000])('loses no line of a %i-character result', async (size) => {
    const doc = miniPlan();
    const lines: string[] = [];
    for (let i = 0; lines.join('\n').length < size; i++) lines.push(`・検証行L${i}号の記述です。長い実績でも欠けないことを確かめます。`);
    doc.initiatives[0]!.results = [{ fiscalYear: 2025, text: lines.join('\n') }];
    const r = await renderPlanPdf(doc);
    const text = pdfText(save(`huge-${size}.pdf`, r.pdf));
    const lost = lines.filter((_, i) => !text.includes(`検証行L${i}号の記述です`));
    expect(lost).toEqual([]);
    expect(bookmarks(join(dir, `huge-${size}.pdf`)).filter((m) => m.startsWith('No.'))).toHaveLength(2);
  });

  it('loses nothing from sheets around the height of a page', async () => {
    const doc = miniPlan();
    const measure = cachedMeasure(fontMeasure());
    const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `・${tag}-${i}を実施しました。`).join('\n');
    doc.initiatives = [];
    for (let n = 20; n < 60; n++) {
      const it = { ...miniPlan().initiatives[1]!, id: `edge-${n}`, no: n, title: `境界${n}`, results: [{ fiscalYear: 2024, text: lines(n, `E${n}`) }] };
      const h = detailSheet(it, doc.policies, [2024, 2025, 2026], { era: 'seireki', measure, outlineParent: 'x' }).height;
      if (h > CONTENT_HEIGHT - 50 && h < CONTENT_HEIGHT + 30) doc.initiatives.push(it);
    }
    expect(doc.initiatives.length).toBeGreaterThan(4);
    const r = await renderPlanPdf(doc);
    const file = save('edge.pdf', r.pdf);
    const text = pdfText(file);
    for (const it of doc.initiatives) {
      for (let i = 0; i < it.no; i++) expect(text, `${it.title} line ${i}`).toContain(`E${it.no}-${i}を`);
    }
    expect(bookmarks(file).filter((m) => m.startsWith('No.'))).toHaveLength(doc.initiatives.length);
  });

  it('notices what pdfmake drops (the reason for the page-fit guard and its check lines)', async () => {
    const tall = Array.from({ length: 80 }, (_, i) => `行${i}`).join('\n');
    const dd: TDocumentDefinitions = {
      pageSize: 'A4',
      defaultStyle: { font: FONT },
      content: [
        { stack: [{ text: '見出し', id: 'fit-head' }, { text: tall, fontSize: 12 }, { text: ' ', id: 'fit-end' }], unbreakable: true },
        { text: '次', id: 'fit-next' },
      ],
    };
    const r = await renderDocDefinition(dd);
    // The unbreakable stack taller than a page is cut (or gone), silently: its end line is missing.
    expect(r.lineIds!.has('fit-end')).toBe(false);
    expect(r.lineIds!.has('fit-next')).toBe(true);
    expect(pdfText(save('dropped.pdf', r.pdf))).not.toContain('行79');
  });

  it('survives extreme input: a list row taller than a page, 50 lanes, emoji and control characters', async () => {
    const doc = miniPlan();
    const it0 = doc.initiatives[0]!;
    it0.title = `${'とても長い取組名'.repeat(300)}😀\u0001`;
    it0.purpose = `https://example.com/${'a'.repeat(3000)}`;
    it0.schedule = Array.from({ length: 50 }, (_, i) => ({ label: `段${i}の作業`.repeat((i % 5) + 1), from: 2024 + (i % 3), to: 2024 + (i % 3), lane: i }));
    const r = await renderPlanPdf(doc);
    expect(r.warnings).toEqual([
      'No.1 取組内容: 制御文字(U+0001)を削除しました。',
      'No.1 取組内容: フォントにない文字 「😀」(U+1F600) を「〓」で表示しました。',
    ]);
    const file = save('extreme.pdf', r.pdf);
    execFileSync('qpdf', ['--check', file]);
    const text = pdfText(file);
    expect(Array.from({ length: 50 }, (_, i) => i).filter((i) => !text.includes(`段${i}の作業`))).toEqual([]);
    expect(text).toContain('長い取組名〓');
    expect(bookmarks(file).filter((m) => m.startsWith('No.'))).toHaveLength(2);
  });

  it('lays the plan out again, all breakable, if a sheet was cut anyway', async () => {
    const doc = miniPlan();
    const lines = Array.from({ length: 120 }, (_, i) => `・再配置行Z${i}号です。`);
    doc.initiatives[0]!.results = [{ fiscalYear: 2024, text: lines.join('\n') }];
    // A wrong estimate, simulated: the sheet taller than a page is declared unbreakable.
    const wrong: typeof buildPlanDoc = (d, o, m, layout) => {
      const dd = buildPlanDoc(d, o, m, layout);
      if (!layout?.allBreakable) {
        for (const n of walk(dd.content)) if (n.pageBreak === 'before' && Array.isArray(n.stack) && n.unbreakable === undefined) n.unbreakable = true;
      }
      return dd;
    };
    const r = await renderPlanPdf(doc, {}, undefined, wrong);
    expect(r.warnings.join()).toContain('改ページ可能な形で組みました');
    const text = pdfText(save('fallback.pdf', r.pdf));
    expect(lines.filter((_, i) => !text.includes(`再配置行Z${i}号`))).toEqual([]);
  });

  it('renders 1,000 initiatives in a worker with progress, every sheet and result in the text layer', async () => {
    const doc = bigPlan(1000);
    const progress: RenderProgress[] = [];
    const started = performance.now();
    const r = await renderPlanPdfInWorker(doc, {}, (p) => progress.push(p));
    const ms = performance.now() - started;
    const file = save('big.pdf', r.pdf);
    expect(ms).toBeLessThan(15_000);
    expect(progress[0]).toMatchObject({ phase: 'layout', pages: r.pages });
    expect(progress.at(-1)!.fraction).toBe(1);
    expect(bookmarks(file).filter((m) => m.startsWith('No.'))).toHaveLength(1000);
    const text = pdfText(file);
    const missing = doc.initiatives.filter((it) => !text.includes(`実績記号R${it.no}号を`) || !text.includes(squash(it.title)));
    expect(missing.map((it) => it.no)).toEqual([]);
  }, 60_000);
});

describe.skipIf(TOOLS_MISSING)(`plan-desk pdf and the renderPlanPdf API${skipped}`, () => {
  const db = join(dir, 'cli.db');
  const init = () => {
    if (!existsSync(db)) openDatabase(db, { seed: published }).close();
  };

  it('writes the PDF, an excerpt in 和暦, and refuses bad options naming them', async () => {
    init();
    const out = join(dir, 'cli.pdf');
    const full = await cli('pdf', '--db', db, '--out', out);
    expect(full.code, full.err).toBe(0);
    expect(full.err).toMatch(/ページ/);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');

    const part = join(dir, 'part.pdf');
    const doc = published();
    const [a, b] = [doc.initiatives[0]!, doc.initiatives.at(-1)!];
    const r = await cli('pdf', '--db', db, '--out', part, '--only', `${a.no},${b.no}`, '--era', 'wareki');
    expect(r.code, r.err).toBe(0);
    const text = pdfText(part);
    expect(text).toContain(squash(a.title));
    expect(text).toContain(squash(b.title));
    expect(text).toContain('令和6年度');
    expect(bookmarks(part).filter((m) => m.startsWith('No.'))).toHaveLength(2);

    const bad = await cli('pdf', '--db', db, '--out', part, '--only', '1,99999');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('No.99999');
    const dept = await cli('pdf', '--db', db, '--out', part, '--department', '存在しない課');
    expect(dept.code).toBe(2);
    expect(dept.err).toContain('存在しない課');
    const era = await cli('pdf', '--db', db, '--out', part, '--era', 'meiji');
    expect(era.code).toBe(2);
    expect(era.err).toContain('--era');
  });

  it('serves renderPlanPdf through the contract (rendered in a worker)', async () => {
    init();
    const handle = openDatabase(db, { create: false });
    try {
      const ctx = makeContext(handle, db, 'browser');
      const ok = await dispatch(handlers, 'renderPlanPdf', { only: [published().initiatives[0]!.no] }, ctx);
      expect(ok.ok).toBe(true);
      if (!ok.ok) return;
      const v = ok.value as { base64: string; pages: number; warnings: string[]; fileName: string; mimeType: string };
      expect(Buffer.from(v.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      expect(v.mimeType).toBe('application/pdf'); // the page saves it as it is, naming no type itself
      expect(v.pages).toBeGreaterThan(2);
      expect(v.fileName).toMatch(new RegExp(`_抜粋_No\\.${published().initiatives[0]!.no}\\.pdf$`));
      const bad = await dispatch(handlers, 'renderPlanPdf', { department: '宇宙課' }, ctx);
      expect(bad.ok).toBe(false);
      if (!bad.ok) {
        expect(bad.error.code).toBe('BAD_INPUT');
        expect(bad.error.message).toContain('宇宙課');
      }
      const wrongType = await dispatch(handlers, 'renderPlanPdf', { era: 'meiji' }, ctx);
      expect(wrongType.ok).toBe(false);
    } finally {
      handle.close();
    }
  });
});
