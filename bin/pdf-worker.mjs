// The app's PDF worker thread from its bundle (dist/pdf-worker/pdf-worker.cjs) and V8 code cache, which
// the build made after rendering the published plan once: the first PDF after the app starts neither
// loads hundreds of modules nor compiles pdfmake's functions. run-in-worker.ts starts this file only
// when the bundle is up to date (bundle-cache.mjs), else electron/pdf/worker.ts from the sources.
import { parentPort } from 'node:worker_threads';
import { loadBundle, PDF_WORKER_BUNDLE } from './bundle-cache.mjs';

if (!parentPort) throw new Error('bin/pdf-worker.mjs は Worker として起動してください。');
loadBundle(PDF_WORKER_BUNDLE).exports.serve(parentPort);
