// A rendered PDF as the API hands it over: a FileDownload of type PDF (the page saves it as it is),
// with its page count and the printable-text warnings.
import { PDF_MIME } from '../../shared/files/file-download.ts';
import type { PdfFile } from '../../shared/revisions/types.ts';

export function pdfFile(fileName: string, pdf: Buffer, pages: number, warnings: readonly string[]): PdfFile {
  return { fileName, mimeType: PDF_MIME, base64: pdf.toString('base64'), pages, warnings: [...warnings] };
}
