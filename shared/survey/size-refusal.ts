// A returned file too big to be one of our forms is refused by name before it is read or sent:
// the CLI and the import screen check each file's size first, import the others, and put the
// refusals back into the import report in the order the files were given.
import type { ImportFileReport, ImportReport } from './api-types.ts';

/** The file guard's cap (electron/excel/file-guard.ts); a filled-in form is well under 1 MB. */
export const MAX_RETURN_FILE_BYTES = 20 * 1024 * 1024;

export const tooLargeMessage = (bytes: number): string =>
  `ファイルが大きすぎます(${(bytes / 1024 / 1024).toFixed(1)}MB、上限 ${MAX_RETURN_FILE_BYTES / 1024 / 1024}MB)。照会の様式にしては大きすぎるため、中身を確認してください。`;

/** A file's place among those given, and what is known of it. */
export interface Placed<T> {
  at: number;
  file: T;
}

export function refusedFile(fileName: string, message: string): ImportFileReport {
  return { fileName, sha256: '', status: 'rejected', department: null, roundName: null, returnId: null, message, problems: [], changes: [], comments: 0 };
}

/** The import's report (null when no file was left to send) with the refused files put back in place. */
export function withRefused(report: ImportReport | null, sent: readonly Placed<unknown>[], refused: readonly Placed<ImportFileReport>[]): ImportReport {
  const r = report ?? { roundId: null, files: [], accepted: 0, rejected: 0, duplicates: 0, counts: null };
  if (refused.length === 0) return r;
  const all = [...sent.map((s, i) => ({ at: s.at, file: r.files[i]! })), ...refused].sort((a, b) => a.at - b.at);
  return { ...r, files: all.map((x) => x.file), rejected: r.rejected + refused.length };
}
