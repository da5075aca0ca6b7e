// What the revisions API returns (the contract imports these types).
import type { DocumentComparison } from './compare.ts';
import type { FileDownload, PDF_MIME } from '../files/file-download.ts';

export interface RevisionInfo {
  label: string;
  kind: '初版' | '改定';
  date: string;
  summary: string[];
  planId: number;
  /** The plan's title as frozen in this revision. */
  title: string;
  firstFiscalYear: number;
  lastFiscalYear: number;
  isCurrentPlan: boolean;
  frozenAt: string;
  frozenBy: string;
  /** Its stored snapshot does not read (damaged file): listed so the others stay usable; opening it is refused. */
  damaged?: true;
}

export interface PlanPeriodInfo {
  planId: number;
  title: string;
  edition: string;
  firstFiscalYear: number;
  lastFiscalYear: number;
  isCurrent: boolean;
  readOnly: boolean;
  initiatives: number;
  revisions: number;
}

/** One side of a comparison: a frozen revision, or the working copy (作業中) of the current plan. */
export interface ComparisonSide {
  label: string;
  working: boolean;
  date: string | null;
  title: string;
}

export interface RevisionComparison extends DocumentComparison {
  from: ComparisonSide;
  to: ComparisonSide;
}

/** A rendered PDF, as it crosses the API (a FileDownload), with its pages and the printable-text warnings of the renderer. */
export interface PdfFile extends FileDownload {
  mimeType: typeof PDF_MIME;
  pages: number;
  warnings: string[];
}

/** Whether the working copy is still the newest frozen revision (a PDF of it is then that edition). */
export interface WorkingCopyStatus {
  lastRevision: { label: string; date: string } | null;
  /** True also when nothing is frozen yet (a plan being drafted). */
  differs: boolean;
}

/** The word the CLI and the API use for the working copy in place of a label. */
export const WORKING = 'working';
export const WORKING_LABEL = '作業中(未確定)';
/** The edition shown until the new plan's 初版 is frozen. */
export const DRAFT_EDITION = '策定中';
