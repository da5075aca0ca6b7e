// The official PDF of the plan as a pdfmake document definition: a pure function of the plan and
// the options (no Node, no fonts, no I/O), so it can run in a worker, a test or a browser alike.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { AppError } from '../../shared/api/errors.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { compareInitiatives } from '../../shared/domain/initiative-order.ts';
import type { EraStyle, Initiative } from '../../shared/domain/schema.ts';
import { fiscalYearsOf } from '../../shared/domain/fiscal-year.ts';
import { detailSheet, policyLabel } from './detail-sheet.ts';
import { editionLabel, heading, historyBlock, sectionsBlock, titleBlock } from './front-pages.ts';
import { listTable, notesBlock } from './list-table.ts';
export { fitCheckIds } from './fit-check.ts';
import { emMeasure, type Measure } from './measure.ts';
import { officialFrame, SIZE } from './styles.ts';
import { planPdfFileName } from '../../shared/files/file-names.ts';
import { WORKING_LABEL } from '../../shared/revisions/types.ts';
import { pageHeader, type Continued } from './page-header.ts';

export interface PdfOptions {
  /** Only these Nos (each must exist). */
  only?: number[];
  /** Only initiatives this 課 takes part in (must be a known 課). */
  department?: string;
  /** Overrides plan.eraStyle for dates and fiscal years. */
  era?: EraStyle;
  /** Creation date written into the metadata (tests pin it). */
  now?: Date;
  /** The working copy differs from its last frozen revision: every page says 作業中(未確定). */
  workingCopy?: boolean;
}

/** The initiatives to print, in document order; a bad No. or 課 is refused naming the value. */
export function selectInitiatives(doc: PlanDocument, opts: PdfOptions): Initiative[] {
  let items = [...doc.initiatives].sort(compareInitiatives);
  if (opts.only && opts.only.length > 0) {
    const nos = new Set(doc.initiatives.map((i) => i.no));
    const bad = opts.only.filter((n) => !nos.has(n));
    if (bad.length > 0) throw new AppError('BAD_INPUT', `No.${bad.join('、No.')} の取組はありません。--only には一覧にある No. を指定してください。`);
    const want = new Set(opts.only);
    items = items.filter((i) => want.has(i.no));
  }
  if (opts.department !== undefined) {
    const d = opts.department;
    if (!doc.departments.some((x) => x.name === d)) throw new AppError('BAD_INPUT', `課「${d}」は課の一覧にありません。`);
    items = items.filter((i) => i.departments.includes(d));
    if (items.length === 0) throw new AppError('BAD_INPUT', `課「${d}」が実施課の取組は${opts.only?.length ? '指定した No. の中に' : ''}ありません。`);
  }
  return items;
}

function excerptNote(opts: PdfOptions): string | null {
  const parts: string[] = [];
  if (opts.only && opts.only.length > 0) parts.push(`No.${[...opts.only].sort((a, b) => a - b).join('、')}`);
  if (opts.department !== undefined) parts.push(`実施課「${opts.department}」の取組`);
  return parts.length > 0 ? `(抜粋:${parts.join('・')})` : null;
}

/** A file name for the PDF: the whole title and edition, for an excerpt its 課 and Nos, and an era style other than the plan's own. */
export function pdfFileName(doc: PlanDocument, opts: PdfOptions = {}): string {
  return planPdfFileName(doc.plan, {
    ...(opts.only ? { only: opts.only } : {}),
    ...(opts.department !== undefined ? { department: opts.department } : {}),
    ...(opts.workingCopy ? { workingCopy: true } : {}),
    ...(opts.era !== undefined && opts.era !== doc.plan.eraStyle ? { era: opts.era } : {}),
  });
}

interface GroupSettings { era: EraStyle; measure: Measure; allBreakable: boolean; continued: Continued[] }

function detailGroup(items: Initiative[], doc: PlanDocument, years: number[], title: string, id: string, s: GroupSettings): Content[] {
  if (items.length === 0) return [];
  const lead = heading(title, id, s.measure, { margin: [0, 0, 0, 6], outlineText: `${title}の詳細` });
  return items.map((it, i) => {
    const sheet = detailSheet(it, doc.policies, years, {
      era: s.era, measure: s.measure, outlineParent: id, breakable: s.allBreakable, ...(i === 0 ? { lead, breakBefore: true } : {}),
    });
    // A sheet that may run over pages: its continuation pages carry its 方針 line (page-header.ts).
    if (sheet.oversized) s.continued.push({ node: sheet.content as object, line: `${policyLabel(it.policy, doc.policies)} No.${it.no} ${it.title}` });
    return sheet.content;
  });
}

/**
 * `measure` gives text widths for line breaking: the default (1 em per character) needs no font and
 * never overflows; render.ts passes the font's real widths for a tighter, publication-like setting.
 */
export interface LayoutHints {
  /** Every sheet and row breakable (the fallback when a layout lost a block). */
  allBreakable?: boolean;
  /** 改定履歴 row where a second table starts on a new page (0: the whole block); see render.ts. */
  historyBreak?: number;
  /** Less space above the edition on the front page, to give a grown 改定履歴 room there. */
  compactCover?: boolean;
  /** The last list row on a new page, so the ※ notes are not alone on one; see render.ts. */
  splitListEnd?: boolean;
}

export function buildPlanDoc(doc: PlanDocument, opts: PdfOptions = {}, measure: Measure = emMeasure, layout: LayoutHints = {}): TDocumentDefinitions {
  const era = opts.era ?? doc.plan.eraStyle;
  const allBreakable = layout.allBreakable ?? false;
  const group: GroupSettings = { era, measure, allBreakable, continued: [] };
  const items = selectInitiatives(doc, opts);
  const priority = items.filter((i) => i.priority);
  const normal = items.filter((i) => !i.priority);
  const years = fiscalYearsOf(doc.plan.firstFiscalYear, doc.plan.lastFiscalYear);
  const listNo = doc.plan.sections.length + 1;

  const content: Content[] = [
    ...titleBlock(doc.plan, era, excerptNote(opts), measure, opts.workingCopy === true, layout.compactCover === true),
    ...sectionsBlock(doc.plan, measure),
    ...historyBlock(doc.plan, era, measure, allBreakable, layout.historyBreak),
    heading(`${listNo} 取組一覧`, 'list', measure, { margin: [0, 0, 0, 4], pageBreak: 'before' }).content,
    ...(priority.length > 0 ? listTable('(1)重点取組事項', { id: 'list-priority', parent: 'list' }, priority, doc.policies, { withRefs: true, measure, allBreakable, splitLast: normal.length === 0 && layout.splitListEnd === true }) : []),
    ...(normal.length > 0 ? listTable('(2)取組事項', { id: 'list-normal', parent: 'list' }, normal, doc.policies, { withRefs: false, measure, allBreakable, splitLast: layout.splitListEnd === true }) : []),
    ...(items.length === 0 ? [{ text: '(掲載する取組はありません)', fontSize: SIZE.body } as Content] : []),
    ...notesBlock(doc.plan.notes, measure),
    ...detailGroup(priority, doc, years, '(1)重点取組事項', 'detail-priority', group),
    ...detailGroup(normal, doc, years, '(2)取組事項', 'detail-normal', group),
  ];

  const edition = editionLabel(doc.plan.edition);
  return {
    ...officialFrame({
      title: [doc.plan.title, edition, opts.workingCopy ? WORKING_LABEL : ''].filter(Boolean).join(' '),
      author: doc.plan.organization,
      subject: `${doc.plan.division ? `${doc.plan.division} ` : ''}取組一覧と取組ごとの計画・実績${excerptNote(opts) ?? ''}`,
      creationDate: opts.now ?? new Date(),
    }),
    content,
    header: pageHeader(group.continued, opts.workingCopy === true, measure),
    footer: (currentPage: number) => ({ text: `- ${currentPage} -`, alignment: 'center', fontSize: SIZE.footer, margin: [0, 14, 0, 0] }),
  };
}
