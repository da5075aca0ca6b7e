// Turns document definitions into PDF bytes with pdfmake, offline: fonts from node_modules only (read
// and parsed once per thread, font-cache.ts), no URL fetched, no other local file read. Shared by the
// plan PDF and any other PDF of the app (the 新旧対照表 reuses renderDocDefinition and these fonts).
// pdfmake and the caches stay loaded: the app's worker (worker.ts) renders one PDF after another.
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { AppError } from '../../shared/api/errors.ts';
import { buildPlanDoc, fitCheckIds, type LayoutHints, type PdfOptions } from './build-plan-doc.ts';
import { installFaces } from './font-cache.ts';
import { historyRowId } from './front-pages.ts';
import { FIT_CHECK } from './fit-check.ts';
import { NOTES_ID } from './list-table.ts';
import { fontTable, hasGlyph, localAccessPolicy, planMeasure, urlAccessPolicy } from './fonts.ts';
import { sanitizePlan } from './sanitize.ts';
import { FONT, ruledLayout } from './styles.ts';

export interface RenderProgress {
  /** 'layout' once the pages are laid out (pages known), then 'render' as they are drawn. */
  phase: 'layout' | 'render';
  pages: number;
  /** Share of the drawing done, 0..1. */
  fraction: number;
}
export type OnProgress = (p: RenderProgress) => void;

export interface PlanPdf {
  pdf: Buffer;
  pages: number;
  warnings: string[];
}

type PdfMake = typeof import('pdfmake');
let pdfmakePromise: Promise<PdfMake> | null = null;

/** pdfmake (with pdfkit and fontkit) is loaded on first use only: other commands stay fast. */
function loadPdfmake(): Promise<PdfMake> {
  pdfmakePromise ??= import('pdfmake').then((m) => {
    const pdfmake = ((m as { default?: PdfMake }).default ?? m) as PdfMake;
    installFaces((pdfmake as unknown as { virtualfs: Parameters<typeof installFaces>[0] }).virtualfs);
    pdfmake.setFonts(fontTable());
    pdfmake.setUrlAccessPolicy(urlAccessPolicy);
    pdfmake.setLocalAccessPolicy(localAccessPolicy);
    return pdfmake;
  });
  return pdfmakePromise;
}

/**
 * The long-lived worker's warm-up: loads pdfmake, parses the fonts and lays out one small page with
 * what the plan uses (both faces, Japanese and Latin text, a ruled table, an arrow), so that the
 * tables fontkit decodes on first use and V8's compiled code are ready for a first real PDF.
 */
export async function warmRenderer(): Promise<void> {
  const text = 'アクションプラン 取組内容 2025年度(令和7年度)DX推進、・実績 ABC-123';
  await renderDocDefinition({
    pageSize: 'A4',
    pageOrientation: 'landscape',
    defaultStyle: { font: FONT, fontSize: 9, lineHeight: 1.25 },
    content: [
      { text, bold: true, fontSize: 12 },
      {
        table: { widths: [120, '*'], headerRows: 1, body: [[{ text: '項目', bold: true, fillColor: '#e6e6e6' }, { text, noWrap: true }], ['計画', { canvas: [{ type: 'polyline', closePath: true, points: [{ x: 0, y: 0 }, { x: 40, y: 5 }, { x: 0, y: 10 }], color: '#3a5683' }] }]] },
        layout: { ...ruledLayout },
      },
    ],
    footer: (page: number) => ({ text: `- ${page} -`, alignment: 'center', fontSize: 8 }),
  });
}

/**
 * Renders a definition (pdfmake mutates it: pass a fresh one each time) and counts its pages.
 * The font must be the one of fonts.ts (family name FONT of styles.ts).
 */
export async function renderDocDefinition(dd: TDocumentDefinitions, onProgress?: OnProgress): Promise<Rendered> {
  const pdfmake = await loadPdfmake();
  let pages = 0;
  const footer = dd.footer;
  // pdfmake asks for each page's footer once the layout is done: that is where the page count is known.
  const counted: TDocumentDefinitions = {
    ...dd,
    footer: (current, count, size) => {
      if (pages === 0) onProgress?.({ phase: 'layout', pages: count, fraction: 0 });
      pages = count;
      return typeof footer === 'function' ? footer(current, count, size) : (footer ?? null);
    },
  };
  let last = -1;
  // pdfmake reads the callback when createPdf is called, so setting it just before is safe.
  // It is called once per drawn item: none at all when nobody listens.
  pdfmake.setProgressCallback(onProgress
    ? (fraction: number) => {
      const step = Math.floor(fraction * 50);
      if (step !== last) {
        last = step;
        onProgress({ phase: 'render', pages, fraction });
      }
    }
    : (undefined as unknown as (p: number) => void));
  const out = pdfmake.createPdf(counted);
  const kit = (await out.getStream()) as unknown as { _pdfMakePages?: { items: { type: string; item: { id?: string } }[] }[] };
  const pdf = await out.getBuffer();
  return { pdf, pages, lineIds: renderedLineIds(kit._pdfMakePages) };
}

export interface Rendered {
  pdf: Buffer;
  pages: number;
  /** Ids of the text lines that made it onto a page, with the (0-based) page each first landed on (null if pdfmake no longer exposes its pages). */
  lineIds: Map<string, number> | null;
}

/** pdfmake keeps the laid-out pages on the pdfkit document; a text node's id stays on its line. */
function renderedLineIds(pages: { items: { type: string; item: { id?: string } }[] }[] | undefined): Map<string, number> | null {
  if (!Array.isArray(pages)) return null;
  const ids = new Map<string, number>();
  pages.forEach((p, k) => {
    for (const i of p.items) if (i.type === 'line' && typeof i.item.id === 'string' && !ids.has(i.item.id)) ids.set(i.item.id, k);
  });
  return ids;
}

/** Whether the first ※ note landed on a later page than the last list row (its check line). */
export function notesAlone(lines: Map<string, number> | null, expected: readonly string[]): boolean {
  const lastRow = expected.filter((id) => id.startsWith(`${FIT_CHECK}list-`)).at(-1);
  const notes = lines?.get(NOTES_ID);
  const row = lastRow === undefined ? undefined : lines?.get(lastRow);
  return notes !== undefined && row !== undefined && notes > row;
}

/**
 * Where the 改定履歴 must break so that no page holds its table header with one row alone: the
 * last two rows go to a new page together (or the whole block, when that leaves nothing behind).
 */
export function historyBreakFor(lines: Map<string, number> | null, rows: number): number | undefined {
  if (lines === null || rows === 0) return undefined;
  const page = (i: number) => lines.get(historyRowId(i));
  const last = page(rows - 1);
  if (last === undefined) return undefined;
  if (rows === 1) return last !== lines.get('history') ? 0 : undefined;
  if (page(rows - 2) === last) return undefined;
  return rows - 2;
}

export async function renderPdf(dd: TDocumentDefinitions): Promise<Buffer> {
  return (await renderDocDefinition(dd)).pdf;
}

/**
 * The plan's official PDF: texts made printable first, the changes reported as warnings.
 * Every sheet ends with a check line and every list row starts with one; a check line missing from
 * the pages means pdfmake dropped a block it could not fit (it does so silently). Then the plan is
 * laid out again with nothing unbreakable, which cannot lose anything, and the reader is told why.
 * `build` is replaceable for tests only (to simulate a wrong height estimate).
 */
export async function renderPlanPdf(doc: PlanDocument, opts: PdfOptions = {}, onProgress?: OnProgress, build: typeof buildPlanDoc = buildPlanDoc): Promise<PlanPdf> {
  const { doc: printable, warnings } = sanitizePlan(doc, hasGlyph);
  const measure = planMeasure();
  const dd = build(printable, opts, measure);
  const expected = fitCheckIds(dd.content);
  let first = await renderDocDefinition(dd, onProgress);
  const lost = (r: Rendered) => (r.lineIds === null ? [] : expected.filter((id) => !r.lineIds!.has(id)));
  // A grown 改定履歴 whose last row fell alone onto a page: laid out again with a tighter front
  // page, and if that is not enough, with the last two rows moved to the next page together.
  // (No progress for these: the bar has reached its end once and must not go back.)
  const rows = printable.plan.revisionHistory.length;
  let hints: LayoutHints = {};
  if (historyBreakFor(first.lineIds, rows) !== undefined) {
    hints = { compactCover: true };
    first = await renderDocDefinition(build(printable, opts, measure, hints));
    const historyBreak = historyBreakFor(first.lineIds, rows);
    if (historyBreak !== undefined) {
      hints = { historyBreak };
      first = await renderDocDefinition(build(printable, opts, measure, hints));
    }
  }
  // The ※ notes fell alone onto the page after the list: the last list row goes with them.
  if (notesAlone(first.lineIds, expected)) {
    hints = { ...hints, splitListEnd: true };
    first = await renderDocDefinition(build(printable, opts, measure, hints));
  }
  if (lost(first).length === 0) return { pdf: first.pdf, pages: first.pages, warnings };
  const safe = await renderDocDefinition(build(printable, opts, measure, { ...hints, allBreakable: true }), onProgress);
  if (lost(safe).length > 0) throw new AppError('INTERNAL', `PDF のレイアウトで内容が欠けました(${lost(safe).slice(0, 5).join('、')})。`);
  return { pdf: safe.pdf, pages: safe.pages, warnings: [...warnings, '1ページに収まりきらない部分があったため、すべての取組シートと一覧の行を改ページ可能な形で組みました。'] };
}
