// Turns document definitions into PDF bytes with pdfmake, offline: fonts from node_modules only, no
// URL fetched, no other local file read. Shared by the plan PDF and any other PDF of the app
// (the 新旧対照表 reuses renderDocDefinition with its own definition and these fonts).
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { AppError } from '../../shared/api/errors.ts';
import { buildPlanDoc, countOutlineNodes, type PdfOptions } from './build-plan-doc.ts';
import { fontMeasure, fontTable, hasGlyph, localAccessPolicy, urlAccessPolicy } from './fonts.ts';
import { cachedMeasure } from './measure.ts';
import { sanitizePlan } from './sanitize.ts';

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
    pdfmake.setFonts(fontTable());
    pdfmake.setUrlAccessPolicy(urlAccessPolicy);
    pdfmake.setLocalAccessPolicy(localAccessPolicy);
    return pdfmake;
  });
  return pdfmakePromise;
}

/**
 * Renders a definition (pdfmake mutates it: pass a fresh one each time) and counts its pages.
 * The font must be the one of fonts.ts (family name FONT of styles.ts).
 */
export async function renderDocDefinition(dd: TDocumentDefinitions, onProgress?: OnProgress): Promise<{ pdf: Buffer; pages: number; outlines: number }> {
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
  pdfmake.setProgressCallback((fraction: number) => {
    const step = Math.floor(fraction * 50);
    if (step !== last) {
      last = step;
      onProgress?.({ phase: 'render', pages, fraction });
    }
  });
  const out = pdfmake.createPdf(counted);
  const kit = (await out.getStream()) as unknown as { outline?: OutlineNode };
  const pdf = await out.getBuffer();
  return { pdf, pages, outlines: countOutline(kit.outline) };
}

interface OutlineNode { children?: OutlineNode[] }
const countOutline = (n: OutlineNode | undefined): number =>
  (n?.children ?? []).reduce((s, c) => s + 1 + countOutline(c), 0);

export async function renderPdf(dd: TDocumentDefinitions): Promise<Buffer> {
  return (await renderDocDefinition(dd)).pdf;
}

/**
 * The plan's official PDF: texts made printable first, the changes reported as warnings.
 * Every sheet carries a bookmark, so a bookmark missing from the output means pdfmake dropped a
 * block it could not fit (it does so silently): then the plan is laid out again with every sheet
 * breakable, which cannot lose anything, and the reader is told why the layout looks looser.
 */
export async function renderPlanPdf(doc: PlanDocument, opts: PdfOptions = {}, onProgress?: OnProgress): Promise<PlanPdf> {
  const { doc: printable, warnings } = sanitizePlan(doc, hasGlyph);
  const measure = cachedMeasure(fontMeasure());
  const dd = buildPlanDoc(printable, opts, measure);
  const expected = countOutlineNodes(dd.content);
  const first = await renderDocDefinition(dd, onProgress);
  if (first.outlines >= expected) return { pdf: first.pdf, pages: first.pages, warnings };
  const safe = await renderDocDefinition(buildPlanDoc(printable, opts, measure, { allBreakable: true }), onProgress);
  if (safe.outlines < expected) throw new AppError('INTERNAL', `PDF のレイアウトで内容が欠けました(しおり ${safe.outlines}/${expected})。`);
  return { pdf: safe.pdf, pages: safe.pages, warnings: [...warnings, '1ページに収まるか判定できない取組があったため、すべての取組シートを改ページ可能な形で組みました。'] };
}
