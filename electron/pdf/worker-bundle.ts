// What the PDF worker's bundle (dist/pdf-worker/pdf-worker.cjs, scripts/build-pdf-worker.ts) exports:
// serve() for bin/pdf-worker.mjs, renderJob() and warmRenderer() for the build's training run.
export { renderJob, serve } from './worker-serve.ts';
export { warmRenderer } from './render.ts';
