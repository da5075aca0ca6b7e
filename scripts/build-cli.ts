// Bundles the CLI into one CommonJS file, dist/cli/plan-desk.cjs, that bin/plan-desk.mjs runs: one file
// read instead of hundreds of modules resolved and loaded (pdfmake, pdfkit, fontkit and exceljs are
// inside; only better-sqlite3, a native module, is loaded from node_modules). Then it runs the main
// commands once on a scratch database and saves V8's code cache of the bundle, which then holds the
// functions those commands compiled (bin/load-cli.mjs). The survey import's worker and the PDF worker's
// entry are put beside the bundle, where read-pool.ts and run-in-worker.ts look for them, with pdfkit's
// font metrics files.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE, bundleStale, loadBundle } from '../bin/load-cli.mjs';
import type { CliIO } from '../electron/cli/io.ts';
import { nodeBundleOptions } from './node-bundle-options.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'dist/cli');
rmSync(OUT, { recursive: true, force: true });

const common = nodeBundleOptions;

const cli = await build({
  ...common,
  entryPoints: [join(ROOT, 'electron/cli/bundle.ts')],
  outfile: BUNDLE,
  format: 'cjs',
  // The sources use import.meta.url (next to which they find the seed, the package.json and the workers).
  define: { 'import.meta.url': '__bundle_url' },
  banner: { js: "const __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
});
const worker = await build({
  ...common,
  entryPoints: [join(ROOT, 'electron/excel/read-worker.ts')],
  outfile: join(OUT, 'survey-read-worker.mjs'),
  format: 'esm',
  // A worker thread needs its own call to use Node's compile cache (exceljs is inside this bundle).
  banner: { js: "import __m, { createRequire as __cr } from 'node:module'; __m.enableCompileCache?.(); const require = __cr(import.meta.url);" },
});
// pdfkit reads its standard fonts' metrics from __dirname/data, which is dist/cli once bundled.
cpSync(join(ROOT, 'node_modules/pdfkit/js/data'), join(OUT, 'data'), { recursive: true });
// The PDF worker thread the bundle starts for the app's PDF handlers (the 新旧対照表 of `compare`),
// where run-in-worker.ts looks for it beside the bundle: the PDF worker's own bundle and code cache
// (scripts/build-pdf-worker.ts, made by the same `npm run build`), through bin/pdf-worker.mjs.
writeFileSync(join(OUT, 'pdf-worker.mjs'), "// The CLI's PDF worker thread (scripts/build-cli.ts).\nimport '../../bin/pdf-worker.mjs';\n");

// The sources the bundle was made from: the bin runs the sources instead once one of them is newer.
const inputs = new Set(['package-lock.json']);
for (const meta of [cli.metafile, worker.metafile]) {
  for (const file of Object.keys(meta.inputs)) {
    const rel = relative(ROOT, join(ROOT, file));
    if (!file.includes(':') && !rel.startsWith('node_modules/') && !rel.startsWith('..')) inputs.add(rel);
  }
}
writeFileSync(join(OUT, 'inputs.json'), `${JSON.stringify([...inputs].sort(), null, 1)}\n`);
const stale = bundleStale();
if (stale !== null) throw new Error(`the CLI bundle is not usable right after building it: ${stale}`);

// The training run: what a coordinator runs most, on a scratch copy of the published plan.
const { cli: bundled, save } = loadBundle();
const { runCli } = bundled as { runCli: (argv: string[], io: CliIO) => Promise<number> };
const work = mkdtempSync(join(tmpdir(), 'plan-desk-build-cli-'));
try {
  const db = join(work, 'plan.db');
  const messages: string[] = [];
  const io: CliIO = { out: () => undefined, err: (s) => void messages.push(s) };
  for (const argv of [
    ['--help'],
    ['init', '--db', db],
    ['check', '--db', db],
    ['dump', '--db', db],
    ['pdf', '--db', db, '--out', join(work, 'plan.pdf')],
    ['export-xlsx', '--db', db, '--out', join(work, 'plan.xlsx')],
  ]) {
    const code = await runCli(argv, io);
    if (code !== 0 && argv[0] !== '--help' && argv[0] !== 'check') throw new Error(`plan-desk ${argv.join(' ')} failed in the bundle (exit ${code}): ${messages.join('\n')}`);
  }
  save();
} finally {
  rmSync(work, { recursive: true, force: true });
}
