// pdf.js, loaded only when a PDF is shown. Its worker is a file of our own bundle (Vite's ?url
// import copies it into dist/renderer/assets): no CDN, no network. The PDF embeds its fonts, so no
// CMaps, standard fonts or wasm decoders are needed and none is configured (nothing to fetch).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';

type PdfJs = typeof import('pdfjs-dist');
let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return loading;
}

/** Opens the bytes (a copy: pdf.js hands its buffer over to the worker). */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const pdfjs = await loadPdfJs();
  return pdfjs.getDocument({
    data: bytes.slice(),
    disableFontFace: false, // the embedded BIZ UDPGothic as real fonts: crisp text at any zoom
    useSystemFonts: false,
    useWasm: false, // wasm would need 'wasm-unsafe-eval' in the CSP and is only for images we never embed
    useWorkerFetch: false,
    enableXfa: false,
    disableWorkerRendering: true, // canvases stay in the page (printing reads them back)
    isEvalSupported: false, // gone from pdf.js 5+ (it no longer evaluates code); kept for older builds
  } as Parameters<PdfJs['getDocument']>[0]);
}

/** pdf.js rejects a cancelled render with this error; it is not a failure. */
export const isCancelled = (e: unknown) => (e as { name?: string } | null)?.name === 'RenderingCancelledException';
