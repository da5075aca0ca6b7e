// Bundles the Electron main process (ESM) and the sandboxed preload (CJS) into dist/electron.
import { build, type BuildOptions } from 'esbuild';
import { preloadBuild } from './preload-build.ts';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  sourcemap: true,
  logLevel: 'warning',
  // Native and Electron modules stay outside the bundle; electron-builder ships them from node_modules.
  // fontkit too: font-cache.ts must register its format in the very fontkit that pdfmake's pdfkit loads.
  external: ['electron', 'better-sqlite3', 'exceljs', 'pdfmake', 'fontkit'],
};

// The main process and the worker threads it starts (found beside main.mjs by their modules).
const esm = {
  ...common,
  format: 'esm',
  // Some bundled CommonJS code calls require(): give the ESM bundles one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
} satisfies BuildOptions;
await build({ ...esm, entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.mjs' });
await build({ ...esm, entryPoints: ['electron/pdf/worker.ts'], outfile: 'dist/electron/pdf-worker.mjs' });
await build({ ...esm, entryPoints: ['electron/excel/read-worker.ts'], outfile: 'dist/electron/survey-read-worker.mjs' });
await build({ ...preloadBuild, sourcemap: true, outfile: 'dist/electron/preload.cjs' });
