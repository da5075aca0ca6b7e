// 印刷: every page drawn at print resolution into an image of a print-only container, then the
// system print dialog (window.print(): Electron's and the browser's alike). pdf.css hides the app
// when printing and sizes each image to one A4 landscape sheet.
import type { PDFDocumentProxy } from 'pdfjs-dist';

/** 150 dpi: sharp text on office printers, ~1754×1240 px a page. */
export const PRINT_DPI = 150;

let container: HTMLDivElement | null = null;
let urls: string[] = [];

/** Removes the print container and frees its images (a new PDF, or leaving the screen). */
export function clearPrint(): void {
  for (const u of urls) URL.revokeObjectURL(u);
  urls = [];
  container?.remove();
  container = null;
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('ページを画像にできませんでした'))), 'image/png'));
}

/** Fills the print container (one image per page); `stillWanted` stops early when the screen is left. */
export async function preparePrint(doc: PDFDocumentProxy, onPage: (done: number, total: number) => void, stillWanted: () => boolean = () => true): Promise<HTMLDivElement | null> {
  clearPrint();
  const box = document.createElement('div');
  box.className = 'pdf-print';
  const made: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      if (!stillWanted()) return null;
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: PRINT_DPI / 72 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport, intent: 'print' }).promise;
      const url = URL.createObjectURL(await canvasToBlob(canvas));
      made.push(url);
      canvas.width = 0; // let the canvas memory go at once
      canvas.height = 0;
      page.cleanup();
      const img = document.createElement('img');
      img.src = url;
      img.alt = `${n} ページ`;
      box.append(img);
      onPage(n, doc.numPages);
    }
    await Promise.all([...box.querySelectorAll('img')].map((img) => img.decode()));
  } catch (e) {
    for (const u of made) URL.revokeObjectURL(u);
    throw e;
  }
  if (!stillWanted()) {
    for (const u of made) URL.revokeObjectURL(u);
    return null;
  }
  urls = made;
  container = box;
  document.body.append(box);
  return box;
}

/** Prepares the images, then opens the system print dialog. False when the screen was left. */
export async function printPdf(doc: PDFDocumentProxy, onPage: (done: number, total: number) => void, stillWanted?: () => boolean): Promise<boolean> {
  const box = await preparePrint(doc, onPage, stillWanted);
  if (!box) return false;
  window.print();
  return true;
}
