// The plan's official PDF for the CLI: rendered in this process (a CLI run has no UI to keep
// responsive, and a worker would cost its start), pdfmake loaded only here so other commands start fast.
import { PDF_MIME } from '../../shared/files/file-download.ts';
import type { EraStyle } from '../../shared/domain/schema.ts';
import { liveMarks } from '../../shared/domain/review-marks.ts';
import { selectInitiatives, type PdfOptions } from '../pdf/build-plan-doc.ts';
import { call, withDb } from './io.ts';

export async function printPlanPdf(input: { db: string; revision?: string; only?: number[]; department?: string; era?: EraStyle }) {
  const opts: PdfOptions = {
    ...(input.only !== undefined ? { only: input.only } : {}),
    ...(input.department !== undefined ? { department: input.department } : {}),
    ...(input.era !== undefined ? { era: input.era } : {}),
  };
  // --revision: a frozen revision prints from its snapshot, exactly as it was frozen.
  const label = input.revision;
  // The working copy says 作業中(未確定) on every page when it differs from its last freeze.
  const { doc, workingCopy } = await withDb(input.db, async (db, path) => (label === undefined
    ? { doc: await call(db, path, 'dumpPlan', {}), workingCopy: (await call(db, path, 'workingCopyStatus', {})).differs }
    : { doc: await call(db, path, 'getRevision', { label }), workingCopy: false }),
  { create: false, readonly: true });
  if (workingCopy) opts.workingCopy = true;
  const printed = selectInitiatives(doc, opts); // BAD_INPUT before any rendering
  const items = printed.length;
  // 要確認 marks left in what is printed: their texts print as they are (with their 「…」).
  const marked = printed.filter((it) => liveMarks(it).length > 0);
  const review = { marks: marked.reduce((n, it) => n + liveMarks(it).length, 0), initiatives: marked.length };
  const { renderPlanPdf } = await import('../pdf/render.ts');
  const r = await renderPlanPdf(doc, opts);
  return { mimeType: PDF_MIME, bytes: r.pdf as Uint8Array, pages: r.pages, warnings: r.warnings, items, workingCopy, review };
}
