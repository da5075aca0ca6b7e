// Bundles the Electron main process (ESM) and the sandboxed preload (CJS) into dist/electron.
import { build, type BuildOptions } from 'esbuild';
import { methodNames } from '../shared/api/contract.ts';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  sourcemap: true,
  logLevel: 'warning',
  // Native and Electron modules stay outside the bundle; electron-builder ships them from node_modules.
  external: ['electron', 'better-sqlite3', 'exceljs', 'pdfmake'],
};

await build({
  ...common,
  entryPoints: ['electron/shell/main.ts'],
  outfile: 'dist/electron/main.mjs',
  format: 'esm',
  // Some bundled CommonJS code calls require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
await build({
  ...common,
  entryPoints: ['electron/shell/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  format: 'cjs',
  external: ['electron'],
  define: { __PLAN_DESK_METHODS__: JSON.stringify(methodNames) },
});
