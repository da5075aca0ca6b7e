#!/usr/bin/env node
// The browser host alone: `node bin/host.mjs [--db FILE] [--port N] [--no-open]`.
import module from 'node:module';

module.enableCompileCache?.();
// The PDF worker starts first and loads pdfmake and the fonts on the other core while this thread
// loads the host, opens the DB and starts listening: a first PDF soon after start finds it ready.
const { warmPdfWorker } = await import('../electron/pdf/run-in-worker.ts');
warmPdfWorker();
const { runHost } = await import('../electron/host/main.ts');
await runHost(process.argv.slice(2));
